import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { extractPaths } from '../src/cli/extract-command.ts';
import { parseArticle } from '../src/extract/read/read-article.ts';
import { extractArticle } from '../src/extract/pipeline.ts';

const GOOD = 'وصل وزير الخارجية الروسي سيرغي لافروف إلى كوريا الشمالية أمس الجمعة في زيارة رسمية.';

function corpus(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-input-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('bad input is reported by name and skipped; the rest comes out', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty.txt', '', /empty/],
    ['binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]), /binary/],
    ['cp1256.txt', Buffer.from([0xe6, 0xd5, 0xe1, 0x20, 0xe6, 0xd2, 0xed, 0xd1]), /not valid UTF-8/],
    ['huge.txt', 'ا'.repeat(3 * 1024 * 1024), /over the .* limit/],
    ['persian.txt', 'وزیر امور خارجه ایران امروز برای دیدار با همتای روسی خود به مسکو سفر کرد و گفت‌وگو کرد.', /language "fa" is not handled/],
    ['french.txt', 'Le ministre russe des Affaires étrangères est arrivé à Pyongyang vendredi pour des entretiens avec son homologue.', /language "fr" is not handled/],
    ['blank.html', '<html><body><script>alert(1)</script></body></html>', /no text/],
  ];
  for (const [name, content, reason] of cases) {
    test(name, () => {
      const dir = corpus({ [name]: content, 'good.txt': GOOD });
      const run = extractPaths([dir], { maxBytes: 2 * 1024 * 1024 });
      assert.equal(run.extractions.length, 1);
      assert.equal(run.extractions[0]!.article.file, 'good.txt');
      assert.equal(run.errors.length, 1);
      assert.ok(run.errors[0]!.file.endsWith(name), run.errors[0]!.file);
      assert.match(run.errors[0]!.reason, reason);
    });
  }

  test('a manifest with a bad date or a missing file field names the entry and field', () => {
    const dir = corpus({
      'a.txt': GOOD,
      'b.txt': GOOD,
      'manifest.json': JSON.stringify({ articles: [{ file: 'a.txt', published: '2025-13-45' }, { published: '2025-01-01' }, { file: 'b.txt', published: '2025-07-12', extra: 'ignored' }] }),
    });
    const run = extractPaths([dir]);
    assert.equal(run.extractions.length, 2);
    const messages = run.errors.map((e) => e.message).join('\n');
    assert.match(messages, /articles\[0\].*"published" is not an ISO date/);
    assert.match(messages, /articles\[1\].*"file" is missing/);
    assert.equal(run.extractions.find((x) => x.article.file === 'b.txt')!.article.published, '2025-07-12');
  });

  test('a manifest that is not JSON is reported and the files still come out', () => {
    const run = extractPaths([corpus({ 'a.txt': GOOD, 'manifest.json': '{ nope' })]);
    assert.equal(run.extractions.length, 1);
    assert.match(run.errors[0]!.reason, /manifest is not valid JSON/);
  });

  test('symlink loops are not followed', () => {
    const dir = corpus({ 'a.txt': GOOD });
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const run = extractPaths([dir]);
    assert.equal(run.extractions.length, 1);
  });
});

describe('formats and metadata', () => {
  test('HTML: scripts and styles stripped, text kept', () => {
    const html = `<html><head><style>p{}</style><script>var x = "وصل بوتين إلى الصين";</script></head><body><nav>الرئيسية أخبار</nav><h1>زيارة</h1><p>${GOOD}</p><figure><figcaption>لافروف يصل إلى بيونغ يانغ</figcaption></figure></body></html>`;
    const a = parseArticle(html, 'page.html', { published: '2025-07-12', source: null, url: null, language: null });
    assert.ok(!a.text.includes('var x'));
    assert.ok(a.text.includes('لافروف يصل'));
    const x = extractArticle(a);
    assert.ok(x.facts.some((f) => f.predicate === 'VISITED' && f.object === 'country:KP'));
    assert.ok(!x.facts.some((f) => f.object === 'country:CN'));
  });
  test('front matter gives the metadata of a Markdown file', () => {
    const md = `---\npublished: 2025-07-12\nsource: Example Wire\nurl: https://example.org/a\nlanguage: ar\n---\n# عنوان\n\n${GOOD}\n`;
    const a = parseArticle(md, 'a.md');
    assert.equal(a.meta.published, '2025-07-12');
    assert.equal(a.meta.source, 'Example Wire');
    const x = extractArticle(a);
    assert.equal(x.facts.find((f) => f.predicate === 'VISITED')!.date, '2025-07-11');
  });
  test('front matter with a bad url names the field', () => {
    assert.throws(() => parseArticle(`---\nurl: javascript:alert(1)\n---\n${GOOD}`, 'a.md'), /"url" is not an http\(s\) URL/);
  });
  test('without a published date, relative dates are left out rather than guessed', () => {
    const x = extractArticle(parseArticle(GOOD, 'a.txt'));
    assert.equal(x.facts.find((f) => f.predicate === 'VISITED')!.date, null);
  });
});
