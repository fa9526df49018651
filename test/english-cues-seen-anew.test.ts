// English shapes from the fifth session's new batch, in sentences of our own about other people
// (the corpus texts are third-party and never copied into tests).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractText, factLines } from './helpers/extract.ts';

const PUB = '2024-05-06';

describe('names and not names', () => {
  test('"Yes, the Indonesian Defence Minister X is coming": "Yes" is no one', () => {
    const x = extractText('"Yes, the Indonesian Defence Minister Sjafrie Sjamsoeddin is coming," an official said.', PUB);
    assert.deepEqual(x.entities.filter((e) => e.type === 'Person' && /^Yes/.test(e.name)), []);
  });
  test('"the Sudanese General Intelligence Service": a rank word inside a body\'s name opens no person', () => {
    const x = extractText('A delegation of the Egyptian General Intelligence Service arrived in Khartoum on Monday.', PUB);
    assert.deepEqual(x.entities.filter((e) => e.type === 'Person'), []);
  });
});

describe('status and possessives', () => {
  test('"is likely to meet" during an announced visit is planned, as the annotators read it', () => {
    const lines = factLines(extractText('Japanese Defense Minister Minoru Kihara will visit Manila next week. Kihara is likely to meet President Ferdinand Marcos Jr.', PUB), 'MET');
    assert.ok(lines.length > 0 && lines.every((l) => l.endsWith('planned')), lines.join('\n'));
  });
  test('"X is to meet Y apart from his meeting with Z": "his" is the subject\'s, who meets both', () => {
    const lines = factLines(extractText('Japanese Defense Minister Minoru Kihara is expected to meet President Ferdinand Marcos Jr. apart from his meeting with Defense Secretary Gilberto Teodoro.', PUB), 'MET');
    assert.ok(lines.some((l) => l.includes('Kihara') && l.includes('Teodoro')), lines.join('\n'));
    assert.ok(!lines.some((l) => l.includes('Marcos') && l.includes('Teodoro')), lines.join('\n'));
  });
});

describe('weapons that arrive', () => {
  test('"<aircraft> have arrived in X from Y": Y supplied X', () => {
    const lines = factLines(extractText('The first four F-16 fighter jets have arrived in Slovakia from the United States, the defence ministry said on Monday.', PUB), 'SUPPLIED_ARMS_TO');
    assert.deepEqual(lines, ['SUPPLIED_ARMS_TO US SK 2024-05-06 occurred']);
  });
  test('troops who arrive are no arms', () => {
    const lines = factLines(extractText('Two hundred soldiers arrived in Slovakia from the United States on Monday.', PUB), 'SUPPLIED_ARMS_TO');
    assert.deepEqual(lines, []);
  });
});

describe('officials of a story about one state', () => {
  test('a minister named without a nationality is of the one state the other officials serve', () => {
    const x = extractText('Turkish President Recep Tayyip Erdogan chaired the security meeting in Ankara. Foreign Minister Hakan Fidan and Finance Minister Mehmet Simsek attended.', PUB);
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF Mehmet Simsek TR - occurred'), factLines(x).join('\n'));
  });
  test('with officials of two states named, no one is given a nationality by count', () => {
    const x = extractText('Turkish President Recep Tayyip Erdogan met with the Greek Prime Minister Kyriakos Mitsotakis in Ankara on Thursday. Finance Minister Mehmet Simsek also attended the talks.', PUB);
    assert.deepEqual(factLines(x, 'OFFICIAL_OF').filter((l) => l.includes('Simsek')), []);
  });
});

describe('meetings told around their people', () => {
  test('"X and Y agreed on ... during a meeting in <city>": the joint subject met', () => {
    const lines = factLines(extractText('Jordanian Foreign Minister Ayman Safadi and Egyptian Foreign Minister Badr Abdelatty stressed the need for a ceasefire during a meeting in Amman on Sunday.', PUB), 'MET');
    assert.ok(lines.some((l) => l.includes('Safadi') && l.includes('Abdelatty')), lines.join('\n'));
  });
  test('"talks with his Kenyan counterpart, General X": the comma after "counterpart" opens who he is', () => {
    const lines = factLines(extractText("Nigeria's Minister of Defence, Mohammed Badaru Abubakar, landed in Nairobi on Monday. He will hold talks with his Kenyan counterpart, Defence Secretary Soipan Tuya, on Tuesday.", '2024-02-05'), 'MET');
    assert.ok(lines.some((l) => l.includes('Soipan Tuya') && l.includes('Abubakar')), lines.join('\n'));
  });
});

describe('those who accompany a traveller', () => {
  const x = extractText('Indian Prime Minister Narendra Modi arrived in Tokyo on Sunday for a two-day visit. Modi is accompanied by Finance Minister Nirmala Sitharaman and the Ambassador of India to Japan, Sibi George.', '2024-03-04');
  test('each companion visits where the traveller went, and is his compatriot', () => {
    assert.ok(factLines(x, 'VISITED').includes('VISITED Nirmala Sitharaman JP 2024-03-03 occurred'), factLines(x).join('\n'));
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF Nirmala Sitharaman IN - occurred'), factLines(x).join('\n'));
  });
  test('the envoy posted there does not visit', () => {
    assert.deepEqual(factLines(x, 'VISITED').filter((l) => l.includes('George')), []);
  });
});

describe('arms named by their kind', () => {
  test('"handed 20 personnel carriers worth some $9 million to the Kenya Defence Forces"', () => {
    const lines = factLines(extractText('The British Government donated 20 personnel carriers worth some $9 million in all to the Kenya Defence Forces.', PUB), 'SUPPLIED_ARMS_TO');
    assert.deepEqual(lines.map((l) => l.split(' ').slice(0, 3).join(' ')), ['SUPPLIED_ARMS_TO GB KE']);
  });
});

describe('more offices', () => {
  test('"British representative X" and "Speaker of the National Assembly Y" are officials', () => {
    const x = extractText('British representative Jonathan Powell said on Monday that Britain would send a frigate. The Emir also received Kuwaiti Speaker of the National Assembly Ahmad Al-Saadoun.', PUB);
    const lines = factLines(x, 'OFFICIAL_OF');
    assert.ok(lines.includes('OFFICIAL_OF Jonathan Powell GB - occurred'), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('OFFICIAL_OF Ahmad Al-Saadoun')), lines.join('\n'));
  });
});

describe('a programme told one reception after another', () => {
  test('"In the meantime, X received Y" is dated as the reception told before it', () => {
    const x = extractText('KUWAIT: Kuwaiti Emir Sheikh Mishal Al-Ahmad received Japanese Foreign Minister Yoko Kamikawa at Bayan Palace yesterday. Kamikawa praised the ties. In the meantime, Kuwaiti Prime Minister Sheikh Ahmad Al-Abdullah received Kamikawa and her delegation.', '2024-03-04');
    const met = factLines(x, 'MET').filter((l) => l.includes('Ahmad Al-Abdullah'));
    assert.ok(met.length === 1 && met[0]!.includes(' 2024-03-03 '), factLines(x).join('\n'));
  });
});

describe('who a meeting is with, past its time, place and groups', () => {
  test('"X received on Monday at his office in Kigali, near the airport, the Turkish deputy minister Y"', () => {
    const lines = factLines(extractText('Rwandan President Paul Kagame met on Monday at his office in Kigali, near the airport, the Turkish Deputy Defense Minister Yunus Emre Karaosmanoglu.', '2024-01-29'), 'MET');
    assert.ok(lines.some((l) => l.includes('Karaosmanoglu') && l.includes('Kagame')), lines.join('\n'));
  });
  test('"talks with Chinese leaders, notably Premier X": those it names are met', () => {
    const lines = factLines(extractText('Rwandan President Paul Kagame went to Beijing in May for talks with Chinese leaders, notably Premier Li Qiang.', '2024-01-29'), 'MET');
    assert.ok(lines.some((l) => l.includes('Li Qiang') && l.includes('Kagame')), lines.join('\n'));
  });
  test('a reporting source after the place of talks meets no one', () => {
    const lines = factLines(extractText('The two army chiefs will meet at the defence ministry in Kathmandu, army spokesperson Brigadier General Gaurav Kumar told reporters.', '2024-11-21'), 'MET');
    assert.deepEqual(lines.filter((l) => l.includes('Gaurav')), []);
  });
});

describe('a nationality before a force and its officer', () => {
  test('"Jordanian army spokesman Colonel X" is of Jordan', () => {
    const x = extractText('The drills will last a week, Jordanian army spokesman Colonel Mustafa Hiyari told reporters on Sunday.', PUB);
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF Mustafa Hiyari JO - occurred'), factLines(x).join('\n'));
  });
});

describe('air force ranks and sources', () => {
  test('"Royal Danish Air Force Wing Commander X" is an officer of Denmark', () => {
    const x = extractText('Royal Danish Air Force Wing Commander Jens Holm says the jets will stay for a month.', PUB);
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF Jens Holm DK - occurred'), factLines(x).join('\n'));
  });
  test('"According to X, the aircraft arrived in Y": the one quoted did not travel', () => {
    const x = extractText('The spokesman of the Ghanaian army, Colonel Kwame Mensah, spoke on Friday. According to Mensah, the aircraft arrived in Accra on Thursday.', PUB);
    assert.deepEqual(factLines(x, 'VISITED'), []);
  });
});
