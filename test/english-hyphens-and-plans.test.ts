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

describe('a credentials ceremony told envoy by envoy', () => {
  const text = [
    'Ghana\'s President, Nana Akufo-Addo, accepted the credentials of four new envoys at Jubilee House on Tuesday.',
    'At the ceremony the Ghanaian leader first welcomed Ingrid Berg, the Norwegian Ambassador to Ghana.',
    'Norway and Ghana have cooperated on fisheries and energy since the nineteen sixties.',
    'Likewise, Chile\'s Ambassador, Andres Soto Lagos, was welcomed.',
    'Also in attendance was Milan Kovac, Ambassador of the Czech Republic, a country with which Ghana trades in machinery.',
    'Lastly, the President accepted the credentials of Omar Haddad, Ambassador of the Kingdom of Jordan to Ghana.',
  ].join('\n');
  const x = extractText(text, '2024-03-12');
  const met = factLines(x, 'MET');
  test('the host met every envoy listed after the ceremony, and the envoys did not meet one another', () => {
    for (const envoy of ['Ingrid Berg', 'Andres Soto Lagos', 'Milan Kovac', 'Omar Haddad']) assert.ok(met.some((l) => l.includes('Akufo-Addo') && l.includes(envoy)), `${envoy}\n${met.join('\n')}`);
    assert.ok(!met.some((l) => l.includes('Omar Haddad') && l.includes('Milan Kovac')), met.join('\n'));
  });
  test('"Likewise," and "Lastly," are no people; an envoy of a kingdom is no king', () => {
    assert.ok(!x.entities.some((e) => /^(Likewise|Lastly|Additionally)$/.test(e.name)), x.entities.map((e) => e.name).join(', '));
    assert.ok(!met.some((l) => l.includes('Ingrid Berg') && l.includes('Omar Haddad')), met.join('\n'));
  });
});

describe('deployments to lists of countries', () => {
  test('"has sent troops for UN missions in A, B and C": each is a destination, and a tally over the years has no date', () => {
    const lines = factLines(extractText('So far, Nepal has sent more than 140,000 soldiers and police officers for UN missions in Lebanon, Mali, the Central African Republic and Haiti since 1958.', '2023-05-29'), 'DEPLOYED_TROOPS_TO');
    for (const c of ['LB', 'ML', 'CF', 'HT']) assert.ok(lines.includes(`DEPLOYED_TROOPS_TO NP ${c} - occurred`), `${c}\n${lines.join('\n')}`);
  });
  test('"has decided to send troops ... on October 3" lies ahead', () => {
    const lines = factLines(extractText('The government of Kenya has decided to send police officers and soldiers to Haiti on October 3, the interior ministry said.', '2023-09-20'), 'DEPLOYED_TROOPS_TO');
    assert.deepEqual(lines, ['DEPLOYED_TROOPS_TO KE HT 2023-10-03 planned']);
  });
});
