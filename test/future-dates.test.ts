// An event dated after the article's publication is announced, not done, whatever the verb's tense
// (a shape seen in the development corpus, written here in sentences of our own).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../src/extract/pipeline.ts';
import { parseArticle } from '../src/extract/read/read-article.ts';
import { extractText, factLines } from './helpers/extract.ts';

const english = (text: string, published: string) =>
  extractArticle(parseArticle(text, 'en.txt', { published, source: 'test', url: null, language: 'en', title: null }));

describe('a date after publication makes a fact planned', () => {
  test('Arabic: a present-tense exercise over days still to come', () => {
    const x = extractText('تجري القوات التونسية والقوات الإيطالية تدريبات مشتركة في الفترة من 12 وحتى 18 مارس الجاري في بنزرت.', '2024-03-05');
    assert.deepEqual(factLines(x, 'JOINT_EXERCISE'), ['JOINT_EXERCISE IT TN 2024-03-12 planned']);
  });
  test('Arabic: the same exercise reported while it runs stays done', () => {
    const x = extractText('تجري القوات التونسية والقوات الإيطالية تدريبات مشتركة في الفترة من 12 وحتى 18 مارس الجاري في بنزرت.', '2024-03-14');
    assert.deepEqual(factLines(x, 'JOINT_EXERCISE'), ['JOINT_EXERCISE IT TN 2024-03-12 occurred']);
  });
  test('English: an explicit day after publication', () => {
    const x = english('Chile and Peru hold joint naval drills from October 3, 2023 off Arica, the navy said.', '2023-08-20');
    assert.deepEqual(factLines(x, 'JOINT_EXERCISE'), ['JOINT_EXERCISE CL PE 2023-10-03 planned']);
  });
});
