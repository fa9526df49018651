// English shapes from the development corpus (batch 2026-12-03c), written here in sentences of our own
// about other people: name particles, Indian honorifics and titles, the subject "he" after a call on
// someone, ranges of days, verbs of title-case headlines.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../src/extract/pipeline.ts';
import { parseArticle } from '../src/extract/read/read-article.ts';
import { Lexicon } from '../src/extract/lexicon/lexicon.ts';
import { factLines } from './helpers/extract.ts';

const bare = new Lexicon({ people: false });
const read = (text: string, published = '2024-03-08') =>
  extractArticle(parseArticle(text, 'en.txt', { published, source: 'test', url: null, language: 'en', title: null }), bare);
const people = (text: string) => read(text).entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();

describe('names', () => {
  test('a Portuguese particle inside a name: "do"', () => {
    assert.deepEqual(people('The minister called on Mr. Joaquim Alberto do Nascimento, the Prime Minister of Angola, on Friday.'), ['Joaquim Alberto do Nascimento']);
  });
  test('"Shri" is an honorific, "Raksha Mantri" the defence minister', () => {
    const x = read('Raksha Mantri Shri Anil Kumar Verma arrived in Nairobi on Friday for an official visit.');
    assert.deepEqual(people('Raksha Mantri Shri Anil Kumar Verma arrived in Nairobi on Friday for an official visit.'), ['Anil Kumar Verma']);
    assert.ok(factLines(x).some((l) => l.startsWith('VISITED Anil Kumar Verma KE')), factLines(x).join('\n'));
  });
  test('a title-case headline verb is not part of a name', () => {
    assert.deepEqual(people('Kenyan Defence Minister Visits Laikipia Air Base\nThe minister said on Friday that the base would be expanded with the help of the navy.'), []);
  });
});

describe('who "he" is', () => {
  test('after "X called on Y", the next sentence\'s "he" is X, who acted', () => {
    const x = read('Kenyan Defence Minister Aden Wario called on Mr. Tomas Vieira, the Prime Minister of Angola, on Friday. He also held talks with his counterpart Mr. Bento Costa.');
    const met = factLines(x, 'MET');
    assert.ok(met.some((l) => /Aden Wario Bento Costa|Bento Costa Aden Wario/.test(l)), met.join('\n'));
    assert.ok(!met.some((l) => /Tomas Vieira Bento Costa|Bento Costa Tomas Vieira/.test(l)), met.join('\n'));
  });
});

describe('ranges of days', () => {
  test('"July 28-30, 2019" and "28 – 30 July" are dated by their first day', () => {
    assert.deepEqual(factLines(read('Kenyan Defence Minister Aden Wario is on an official visit to Angola from July 28-30, 2019.', '2019-07-29'), 'VISITED'), ['VISITED Aden Wario AO 2019-07-28 occurred']);
    assert.deepEqual(factLines(read('Kenyan Defence Minister Aden Wario visits Angola on 28 – 30 July.', '2019-07-29'), 'VISITED'), ['VISITED Aden Wario AO 2019-07-28 occurred']);
  });
});

describe('a dateline the story never names again', () => {
  test('"SAO PAULO —" over a story about Argentina gives its unstated officials no country', () => {
    const x = read('SAO PAULO — The Argentine government has bought six patrol boats, Defense Minister Carlos Ibarra said on Friday.');
    assert.ok(!factLines(x, 'OFFICIAL_OF').some((l) => l.endsWith('BR - occurred')), factLines(x).join('\n'));
  });
  test('a dateline country the story names again still dates its officials', () => {
    const x = read('ACCRA, March 8 (Agency) -- Defence Minister Kwame Boateng said Ghana would hold joint drills with Togo.');
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF Kwame Boateng GH - occurred'), factLines(x).join('\n'));
  });
});

describe('officials who sign together meet (batch 2026-12-03d)', () => {
  test('"A and his counterpart B signed the agreement" is a meeting of both', () => {
    const x = read('Field Marshal Tesfaye Gudeta and his Kenyan counterpart General Robert Kibochi signed the agreement on Monday.');
    assert.ok(factLines(x, 'MET').some((l) => l.includes('Tesfaye Gudeta') && l.includes('Robert Kibochi')), factLines(x).join('\n'));
  });
  test('one official signing a decree meets no one', () => {
    assert.deepEqual(factLines(read('President Samia Hassan signed the decree on Monday.'), 'MET'), []);
  });
});

describe('who took part in a meeting (batch 2026-12-03e)', () => {
  test('someone named in a purpose clause after the meeting did not meet', () => {
    const x = read("Chile's Defense Minister Maya Fernandez and her Norwegian counterpart Bjorn Arild Gram met in Santiago to approve a plan by Gabriel Boric on the jets.");
    const met = factLines(x, 'MET');
    assert.ok(met.some((l) => l.includes('Maya Fernandez') && l.includes('Bjorn Arild Gram')), met.join('\n'));
    assert.ok(!met.some((l) => l.includes('Gabriel Boric')), met.join('\n'));
  });
  test('a capitalised title word such as "Visiting" is no verb that ends the list', () => {
    const x = read('Meanwhile, a meeting between Visiting President Ranil Wickremesinghe and Indian Foreign Minister Subrahmanyam Jaishankar was held this morning.');
    assert.ok(factLines(x, 'MET').some((l) => l.includes('Ranil Wickremesinghe') && l.includes('Subrahmanyam Jaishankar')), factLines(x).join('\n'));
  });
});

describe('demonyms a state shares with a territory (batch 2026-12-03f)', () => {
  test('"American" is the United States, "French" France', () => {
    const x = read('American and French marines started a ten-day joint exercise on Monday.');
    assert.deepEqual(factLines(x, 'JOINT_EXERCISE'), ['JOINT_EXERCISE FR US 2024-03-04 occurred']);
  });
});

describe('who speaks and who acts (batch 2026-12-03f)', () => {
  test('a spokesman who said someone else met a minister did not meet him', () => {
    const x = read('Asked about the talks, Pentagon spokesman Jonah W. White said the minister met with Defense Minister Ana Duarte.');
    assert.ok(!factLines(x, 'MET').some((l) => l.includes('Jonah W. White')), factLines(x).join('\n'));
    assert.ok(factLines(x, 'OFFICIAL_OF').some((l) => l.includes('Jonah W. White')), 'the middle initial and "White" stay in the name');
  });
  test('a speaker who said he will visit is the traveller', () => {
    const x = read('Defence Minister Rajnath Singh said he will visit Japan in May.');
    assert.ok(factLines(x, 'VISITED').some((l) => l.includes('Rajnath Singh') && l.includes('JP')), factLines(x).join('\n'));
  });
});
