import { phraseKey } from '../../extract/text/normalize.ts';

/**
 * Latin transliterations of the same name differ by writer and language: Sergei/Sergey, Lavrov/Lavrof,
 * Shoigu/Shoygu, Zelensky/Zelenskyy, Khamenei/Hamenei. The usual variants fold to one key: accents
 * dropped, v/w/ph to f, kh to h, y and word-final ey/ei/ij to i, c (not ch) and q to k, letters
 * doubled once. Arabic words pass through (phraseKey already folds their variants).
 */
export function latinFold(word: string): string {
  if (!/[a-z\u00c0-\u024f]/i.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(ey|ei|ij)$/, 'i')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/[vw]/g, 'f')
    .replace(/y/g, 'i')
    .replace(/c(?!h)|q/g, 'k')
    .replace(/(.)\1+/g, '$1');
}

/** The key a name is indexed and searched under: the gazetteer's phrase key, Latin words folded. */
export function searchKey(text: string): string {
  return phraseKey(text)
    .split(' ')
    .filter(Boolean)
    .map(latinFold)
    .join(' ');
}
