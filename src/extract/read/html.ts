import { convert } from 'html-to-text';

/** Plain text of an HTML page: scripts, styles, navigation, forms and links' targets dropped; captions kept. */
export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      ...['script', 'style', 'noscript', 'iframe', 'nav', 'footer', 'form', 'button', 'svg', 'img', 'aside', 'template', 'head'].map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
    ],
  });
}
