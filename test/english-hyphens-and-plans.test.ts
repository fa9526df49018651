// English shapes from the sixth session's new batch, in sentences of our own (the corpus texts are
// third-party and never copied into tests).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractText, factLines } from './helpers/extract.ts';

describe('Korean names written with a hyphen', () => {
  test('"Kim Jong-un" is the lexicon\'s Kim Jong Un', () => {
    const lines = factLines(extractText('Chinese President Xi Jinping and Kim Jong-un held talks in Beijing on Tuesday, state media reported on Wednesday morning.', '2019-01-09'), 'MET');
    assert.ok(lines.some((l) => l.includes('Kim Jong Un') && l.includes('Xi Jinping')), lines.join('\n'));
  });
});

describe('plans', () => {
  test('"he is going to discuss with X" is planned', () => {
    const lines = factLines(extractText('The Japanese foreign minister arrived in Hanoi on Monday, and there he is going to discuss with his Vietnamese counterpart Bui Thanh Son the issues of maritime security.', '2024-03-04'), 'MET');
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, / planned$/);
  });
});

describe('officials of international organisations', () => {
  test('a dateline gives no state to the NATO chief', () => {
    const x = extractText('BRUSSELS — Allied defence ministers will meet in the Belgian capital next month to discuss air defence for Ukraine, NATO chief Jens Stoltenberg said on Tuesday after talks with the Belgian prime minister.', '2023-05-16');
    assert.ok(!factLines(x, 'OFFICIAL_OF').some((l) => l.includes('Stoltenberg')), factLines(x).join('\n'));
  });
});

describe('officers and forces', () => {
  test('"the Chief of Staff of the X Armed Forces, Admiral Y": a rank after the comma opens the name', () => {
    const x = extractText('The Chief of Staff of the Tanzania Defence Forces, Admiral Ali Mwinyi, toured the naval base on Friday.', '2023-05-08');
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF Ali Mwinyi TZ - occurred'), factLines(x).join('\n'));
  });
  test('"visited Rwanda Security Forces operating in X": a visit to the troops is no visit to their country', () => {
    const x = extractText('Malawi\'s army commander General Paul Phiri on Tuesday visited Zambia Defence Force troops deployed in the border district.', '2023-05-08');
    assert.ok(!factLines(x, 'VISITED').some((l) => / ZM /.test(l)), factLines(x).join('\n'));
  });
});

describe('transliterations', () => {
  test('"Serguei Shoigu" is the lexicon\'s Sergei Shoigu', () => {
    const x = extractText('Russian Defense Minister Serguei Shoigu received his Venezuelan counterpart Vladimir Padrino Lopez in Moscow on Tuesday.', '2023-06-27');
    assert.ok(factLines(x, 'MET').some((l) => l.includes('Sergei Shoigu')), factLines(x).join('\n'));
    assert.ok(!x.entities.some((e) => e.name === 'Serguei Shoigu'), x.entities.map((e) => e.name).join(', '));
  });
});

describe('the place of a meeting on the sidelines of a gathering', () => {
  test('"talks with A and B on the sidelines of the G20 summit in Rio" puts the travellers in Brazil', () => {
    const x = extractText('Australian Prime Minister Anthony Albanese held brief talks with Indian Prime Minister Narendra Modi and Indonesian President Prabowo Subianto on the sidelines of the G20 summit in Rio de Janeiro on Monday.', '2024-11-19');
    const visits = factLines(x, 'VISITED');
    assert.ok(visits.some((l) => l.includes('Narendra Modi') && / BR /.test(l)), visits.join('\n'));
  });
});
