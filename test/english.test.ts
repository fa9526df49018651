// English extraction, table-driven. Sentences are our own, about other people and countries than the
// development corpus (whose third-party texts are never copied into tests); the corpus itself is
// scored by `npm run eval:dev -- --lang en`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../src/extract/pipeline.ts';
import { parseArticle } from '../src/extract/read/read-article.ts';
import { Lexicon } from '../src/extract/lexicon/lexicon.ts';
import { toArticleGraph } from '../src/store/article-graph.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { factLines } from './helpers/extract.ts';

const lx = new Lexicon();
const bare = new Lexicon({ people: false });
const read = (text: string, published = '2024-03-08', lexicon = lx, file = 'en.txt') =>
  extractArticle(parseArticle(text, file, { published, source: 'test', url: null, language: 'en', title: null }), lexicon);

describe('English names found by shape, with no people in the lexicon', () => {
  const cases: [string, string, string[]][] = [
    ['nationality, office, name', 'Ghanaian Foreign Minister Samuel Okudzeto Ablakwa arrived in Abuja on Tuesday for talks.', ['Samuel Okudzeto Ablakwa']],
    ['country possessive, office, name', "Chile's Defence Minister Maya Fernandez visited Lima on Monday.", ['Maya Fernandez']],
    ['office of a country, then the name', 'The Minister of Defence of Kenya Aden Duale arrived in Kampala on Monday.', ['Aden Duale']],
    ['a name, then its office in apposition', 'Kaja Kallas, Estonia\'s prime minister, met officials in Riga on Monday.', ['Kaja Kallas']],
    ['honorifics between the office and the name', 'His Highness the Emir Sheikh Hamad Al-Nuaimi received the envoy on Monday.', ['Hamad Al-Nuaimi']],
    ['an Arabic particle written with a hyphen', 'Egyptian Foreign Minister Sameh el-Masri arrived in Amman on Monday.', ['Sameh el-Masri']],
    ['a rank between the office and the name', "Kenya's Defence Minister Gen. Samuel Kipruto visited Kampala on Monday.", ['Samuel Kipruto']],
    ['a hyphenated rank between the office and the name', 'Minister of Defence Lieutenant-General Daniyar Omarov arrived in Bishkek on Monday.', ['Daniyar Omarov']],
    ['Malay honorifics between the office and the name', 'Defence Minister Datuk Seri Hassan Ibrahim met the visiting delegation on Monday.', ['Hassan Ibrahim']],
  ];
  for (const [what, text, expected] of cases) {
    test(what, () => assert.deepEqual(read(text, '2024-03-08', bare).entities.filter((e) => e.type === 'Person').map((e) => e.name), expected));
  }

  test("an official named without a nationality in a wire story is of the dateline's country", () => {
    const x = read('ACCRA, March 8 (Agency) -- Chief of Defence Staff Lt Gen Thomas Oppong-Peprah said on Friday that the army would hold joint drills with Togo.', '2024-03-08', bare);
    assert.deepEqual(factLines(x, 'OFFICIAL_OF'), ['OFFICIAL_OF Thomas Oppong-Peprah GH - occurred']);
  });

  test('datelines closed by a colon: "QUITO:" and "Lima, Mar 8:"', () => {
    for (const [text, code] of [['QUITO: Defence Minister Gian Carlo Loffredo received the visiting delegation yesterday.', 'EC'], ['Lima, Mar 8: Defence Minister Walter Astudillo received the visiting delegation.', 'PE']] as const) {
      const x = read(text, '2024-03-08', bare);
      assert.ok(factLines(x, 'OFFICIAL_OF').some((l) => l.endsWith(`${code} - occurred`)), factLines(x).join('\n'));
    }
  });

  test('new shapes of officials: a body between country and office, "head of" a national body, "His Majesty", a TASS dateline', () => {
    const cases: [string, string][] = [
      ['Brazilian Navy Commander Admiral Marcos Olsen met the visiting delegation on Monday.', 'OFFICIAL_OF Marcos Olsen BR - occurred'],
      ["Ilya Petrov, head of the Kazakh defence ministry's press office, said the talks went well.", 'OFFICIAL_OF Ilya Petrov KZ - occurred'],
      ["Thai Foreign Minister Parnpree Bahiddha-nukara will visit Cambodia next month, where he will meet Cambodia's Prime Minister Hun Manet and His Majesty Norodom Sihamoni.", 'OFFICIAL_OF Norodom Sihamoni KH - occurred'],
      ['MINSK, March 8. /TASS/.\nDefence Minister Viktor Ivanov said the drills would begin soon.', 'OFFICIAL_OF Viktor Ivanov BY - occurred'],
    ];
    for (const [text, line] of cases) assert.ok(factLines(read(text, '2024-03-08', bare), 'OFFICIAL_OF').includes(line), `${text}\n${factLines(read(text, '2024-03-08', bare)).join('\n')}`);
  });

  test("a known person's surname that opens a longer name is not that person", () => {
    const x = read('Malaysian Defence Minister Mohamad Hasan met his Thai counterpart in Bangkok on Monday.');
    assert.deepEqual(x.entities.filter((e) => e.type === 'Person').map((e) => e.name), ['Mohamad Hasan']);
  });

  test('the office makes the person an official of that country', () => {
    const x = read('Ghanaian Foreign Minister Samuel Okudzeto Ablakwa arrived in Abuja on Tuesday for talks.', '2024-03-08', bare);
    assert.deepEqual(factLines(x, 'OFFICIAL_OF'), ['OFFICIAL_OF Samuel Okudzeto Ablakwa GH - occurred']);
  });
});

describe('English relations, dates and status', () => {
  const cases: [string, string, string, string][] = [
    ['an arrival, dated by its weekday', 'Kenyan Defence Minister Aden Duale arrived in Kampala on Tuesday for a two-day visit.', 'VISITED', 'VISITED Aden Duale UG 2024-03-05 occurred'],
    ['a planned trip', 'Chilean Foreign Minister Alberto van Klaveren will visit Buenos Aires next month.', 'VISITED', 'VISITED Alberto van Klaveren AR 2024-04 planned'],
    ['a trip under consideration', 'Norwegian Defence Minister Bjorn Arild Gram may travel to Helsinki later this year, officials said.', 'VISITED', 'VISITED Bjorn Arild Gram FI 2024 possible'],
    ['a courtesy call on several hosts is one meeting with each', 'Nepalese Army Chief General Ashok Raj Sigdel called on Indian Defence Minister Rajnath Singh and Foreign Minister Subrahmanyam Jaishankar in New Delhi on Monday.', 'MET', 'MET Ashok Raj Sigdel Rajnath Singh 2024-03-04 occurred\nMET Ashok Raj Sigdel Subrahmanyam Jaishankar 2024-03-04 occurred'],
    ['talks between two named officials', 'Ghanaian Foreign Minister Samuel Ablakwa held talks with his Togolese counterpart Robert Dussey in Accra on March 4, 2024.', 'MET', 'MET Robert Dussey Samuel Ablakwa 2024-03-04 occurred'],
    ['troops sent to a country', 'Rwanda sent 1,000 soldiers to Mozambique last month, the army said.', 'DEPLOYED_TROOPS_TO', 'DEPLOYED_TROOPS_TO RW MZ 2024-02 occurred'],
    ['troops from a list of countries go where the sentence sent troops before', 'Ghana became the sixth country to contribute troops to the peacekeeping mission in Mali, alongside troops from Chad, Niger, Togo and Senegal.', 'DEPLOYED_TROOPS_TO', 'DEPLOYED_TROOPS_TO GH ML - occurred\nDEPLOYED_TROOPS_TO NE ML - occurred\nDEPLOYED_TROOPS_TO SN ML - occurred\nDEPLOYED_TROOPS_TO TD ML - occurred\nDEPLOYED_TROOPS_TO TG ML - occurred'],
    ['every nationality of a list before the troops sends them', 'Kenyan, Ugandan and Burundian troops arrived in Juba on Monday.', 'DEPLOYED_TROOPS_TO', 'DEPLOYED_TROOPS_TO BI SS 2024-03-04 occurred\nDEPLOYED_TROOPS_TO KE SS 2024-03-04 occurred\nDEPLOYED_TROOPS_TO UG SS 2024-03-04 occurred'],
    ['a donation announced is weapons promised', 'Canada\'s defence ministry announced the donation of 12 helicopters and 40 armoured vehicles to the Peruvian army.', 'SUPPLIED_ARMS_TO', 'SUPPLIED_ARMS_TO CA PE - planned'],
    ['officers one "interacted with" are met, each', 'Chilean Army Chief General Javier Iturriaga on Thursday interacted with Major General Carlos Vega, Head of Land Operations, and Lt Gen Jose Paredes, Chief of Joint Operations of the Peruvian army.', 'MET', 'MET Carlos Vega Javier Iturriaga 2024-03-07 occurred\nMET Javier Iturriaga Jose Paredes 2024-03-07 occurred'],
    ['"X accompanied by Y received Z": the one accompanied received the guest', 'Peruvian President Dina Boluarte accompanied by Foreign Minister Javier Gonzalez-Olaechea received Chilean Defence Minister Maya Fernandez in Lima on Monday.', 'VISITED', 'VISITED Maya Fernandez PE 2024-03-04 occurred'],
    ['"X accompanied by Y received Z" is a meeting of X with Z', 'Peruvian President Dina Boluarte accompanied by Foreign Minister Javier Gonzalez-Olaechea received Chilean Defence Minister Maya Fernandez in Lima on Monday.', 'MET', 'MET Dina Boluarte Maya Fernandez 2024-03-04 occurred'],
    ['arms bought from a supplier', 'Indonesia bought 42 Rafale fighter jets from France in 2022.', 'SUPPLIED_ARMS_TO', 'SUPPLIED_ARMS_TO FR ID 2022 occurred'],
    ['arms to be delivered, dated by the delivery and not by the report', 'Sweden will deliver Archer howitzers to Ukraine in April, the defence ministry said yesterday.', 'SUPPLIED_ARMS_TO', 'SUPPLIED_ARMS_TO SE UA 2024-04 planned'],
    ['an exercise this week, as the month most of the week falls in', 'Chile and Peru will begin their annual naval exercise this week.', 'JOINT_EXERCISE', 'JOINT_EXERCISE CL PE 2024-03 planned'],
    ['a meeting "also" held on a trip is on the day of the arrival', 'Chilean Foreign Minister Alberto van Klaveren arrived in Lima on Monday.\nHe held talks with Peruvian Foreign Minister Javier Gonzalez-Olaechea.\nThe two discussed trade.\nVan Klaveren also met Peruvian Defence Minister Walter Astudillo.', 'MET', 'MET Alberto van Klaveren Javier Gonzalez-Olaechea 2024-03-04 occurred\nMET Alberto van Klaveren Walter Astudillo 2024-03-04 occurred'],
    ['a contract with the buyer named before the verb', 'Two Turkish defence firms signed contracts with Indonesia to export Kaan fighter jets.', 'SUPPLIED_ARMS_TO', 'SUPPLIED_ARMS_TO TR ID - occurred'],
    ['"two weeks ago", as the month of that week', 'Peruvian Foreign Minister Javier Gonzalez-Olaechea visited Quito two weeks ago.', 'VISITED', 'VISITED Javier Gonzalez-Olaechea EC 2024-02 occurred'],
    ['an exercise going on "until" a date is of the month of the report', 'Troops from Kenya and Uganda are taking part in joint exercises near Jinja until 20 April.', 'JOINT_EXERCISE', 'JOINT_EXERCISE KE UG 2024-03 occurred'],
    ['a date in a clause of its own after "after" dates that clause, not the exercise', 'The joint exercise of the navies of Peru and Chile comes amid tension after protesters stormed the port of Callao on Feb. 14.', 'JOINT_EXERCISE', 'JOINT_EXERCISE CL PE 2024-03-08 occurred'],
    ['a present perfect delivery is of the month of the report', 'Argentina has received the first F-16 fighter jets from Norway.', 'SUPPLIED_ARMS_TO', 'SUPPLIED_ARMS_TO NO AR 2024-03 occurred'],
    ['the date of the contract is not the date of the delivery', 'Chile received two frigates from Australia under a contract signed in May 2022.', 'SUPPLIED_ARMS_TO', 'SUPPLIED_ARMS_TO AU CL - occurred'],
    ['the date of an appointment after the visit is not the visit\'s (the lead of a brief takes the report\'s day)', 'Chilean Defence Minister Maya Fernandez made her first visit to Peru following her appointment on January 5.', 'VISITED', 'VISITED Maya Fernandez PE 2024-03-08 occurred'],
    ['"arrived here" is at the dateline\'s city', 'LIMA, March 8 (Agency) -- Chilean Foreign Minister Alberto van Klaveren arrived here on Thursday for talks.', 'VISITED', 'VISITED Alberto van Klaveren PE 2024-03-07 occurred'],
    ['a base named for its owner is in the country after it', 'Indian Defence Minister Rajnath Singh visited the Indian naval base in Mauritius on Monday.', 'VISITED', 'VISITED Rajnath Singh MU 2024-03-04 occurred'],
    ['a visit at the invitation of a counterpart is a meeting with him', 'Chilean Defence Minister Maya Fernandez will visit Peru next month at the invitation of her counterpart Walter Astudillo.', 'MET', 'MET Maya Fernandez Walter Astudillo 2024-04 planned'],
    ['"On April 29, he ..." is the person named before', 'Indian Defence Minister Rajnath Singh toured the region last month.\nOn February 29, he stated during a meeting with Nepalese Army Chief General Ashok Raj Sigdel that ties were strong.', 'MET', 'MET Ashok Raj Sigdel Rajnath Singh 2024-02-29 occurred'],
    ['"negotiations with" are talks', 'Chilean Foreign Minister Alberto van Klaveren is conducting negotiations with his Peruvian counterpart Javier Gonzalez-Olaechea today.', 'MET', 'MET Alberto van Klaveren Javier Gonzalez-Olaechea 2024-03-08 occurred'],
    ['a spokeswoman quoted after the participants is not one of them', 'The issues will be discussed at a meeting of the Chilean foreign minister Alberto van Klaveren with Peruvian President Dina Boluarte, Ana Torres, a spokeswoman for the Chilean Foreign Ministry, was quoted as saying.', 'MET', 'MET Alberto van Klaveren Dina Boluarte - planned'],
    ['a sentence that opens "Also on Thursday," is no end-of-story heading', 'Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Javier Gonzalez-Olaechea on Thursday.\nAlso on Thursday, Chilean Defence Minister Maya Fernandez met with Peruvian Defence Minister Walter Astudillo.', 'MET', 'MET Alberto van Klaveren Javier Gonzalez-Olaechea 2024-03-07 occurred\nMET Maya Fernandez Walter Astudillo 2024-03-07 occurred'],
  ];
  for (const [what, text, predicate, expected] of cases) {
    test(what, () => assert.deepEqual(factLines(read(text), predicate), expected.split('\n')));
  }

  test('an exercise of several countries gives every pair', () => {
    const x = read('Brazil, Argentina and Uruguay held joint naval drills off Montevideo on Monday.');
    assert.deepEqual(factLines(x, 'JOINT_EXERCISE'), ['JOINT_EXERCISE AR BR 2024-03-04 occurred', 'JOINT_EXERCISE AR UY 2024-03-04 occurred', 'JOINT_EXERCISE BR UY 2024-03-04 occurred']);
  });

  test('nouns of a drill\'s name that a tagger reads as verbs ("combined defence forces exercise") do not cut off the countries before', () => {
    const x = read('Aircraft of Peru, Chile and Colombia are joining combined air forces drill Condor.');
    assert.deepEqual(factLines(x, 'JOINT_EXERCISE').map((l) => l.split(' ').slice(1, 3).sort().join(' ')).sort(), ['CL CO', 'CL PE', 'CO PE']);
  });

  test('a meeting noun whose holder the sentence leaves unnamed is held by the one the article is about', () => {
    const x = read('Chilean President Gabriel Boric announced on Thursday that Chile will send two frigates to Peru. The decision follows a private meeting with Peruvian President Dina Boluarte.');
    assert.deepEqual(factLines(x, 'MET'), ['MET Dina Boluarte Gabriel Boric 2024-03-08 occurred']);
  });

  test('an exercise named first takes the tense of the verb after it, past an apposition', () => {
    const x = read('Andean Shield 2024, a trilateral naval exercise of Peru, Chile and Bolivia, will begin in early November.');
    assert.deepEqual(factLines(x, 'JOINT_EXERCISE'), ['JOINT_EXERCISE BO CL 2024-11 planned', 'JOINT_EXERCISE BO PE 2024-11 planned', 'JOINT_EXERCISE CL PE 2024-11 planned']);
  });

  test('"the visit ... will boost ties" foretells an effect: the visit is not made planned by it', () => {
    const x = read('Chilean Defence Minister Maya Fernandez arrived in Lima on Monday. Officials said the minister\'s visit to Lima will boost defence ties.');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED Maya Fernandez PE 2024-03-04 occurred']);
  });

  test('countries joined by a hyphen are each a participant', () => {
    const x = read('The joint Brazilian-Argentine naval exercise began on Monday, and U.S.-South Korean drills ended on Friday.');
    assert.deepEqual(factLines(x, 'JOINT_EXERCISE').map((l) => l.split(' ').slice(1, 3).sort().join(' ')).sort(), ['AR BR', 'KR US']);
  });

  test('observers and targets of an exercise are not participants', () => {
    const x = read('Forces from Peru, Chile and Colombia will take part in exercises from tomorrow, with Bolivia participating as an observer.');
    assert.deepEqual(factLines(x, 'JOINT_EXERCISE').map((l) => l.split(' ').slice(1, 3).sort().join(' ')).sort(), ['CL CO', 'CL PE', 'CO PE']);
  });

  test("a dateline's date is the report's, not the event's", () => {
    const x = read('LIMA, March 8 (Agency) -- Chilean Foreign Minister Alberto van Klaveren visited Lima on Wednesday for talks with his Peruvian counterpart.');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED Alberto van Klaveren PE 2024-03-06 occurred']);
  });

  test('talks with two people are two meetings, not a meeting of the two', () => {
    const x = read('On Saturday, Chilean Foreign Minister Alberto van Klaveren held talks with Peruvian Prime Minister Gustavo Adrianzen and Trade Minister Ursula Desilu Leon.');
    assert.equal(factLines(x, 'MET').length, 2, factLines(x, 'MET').join('\n'));
    assert.ok(factLines(x, 'MET').every((l) => l.includes('Alberto van Klaveren')), factLines(x, 'MET').join('\n'));
  });

  test('the people after a comma that closes a phrase about the meeting are not in it', () => {
    const x = read("During Thursday's meeting, Chilean President Gabriel Boric will likely raise the case of Venezuelan President Nicolas Maduro.");
    assert.deepEqual(factLines(x, 'MET'), []);
  });

  test('"the Amir" is the person introduced as Amir, not the last official named', () => {
    const x = read('His Highness the Amir Sheikh Tamim Al-Hamadi received the envoy.\nThe Chairman of the Ports Authority Khalid Al-Nasser attended.\nLater, His Highness the Amir received Omani Foreign Minister Badr Al-Busaidi.', '2024-03-08', bare);
    assert.ok(factLines(x, 'MET').some((l) => l.includes('Tamim Al-Hamadi') && l.includes('Badr Al-Busaidi')), factLines(x).join('\n'));
    assert.ok(!factLines(x, 'MET').some((l) => l.includes('Khalid Al-Nasser')), factLines(x).join('\n'));
  });

  test('a demonym after "in" is no place: "in Russian President ...\'s talks"', () => {
    const x = read("Belarusian Defence Minister Viktor Khrenin arrived in Minsk on Monday to take part in Russian President Vladimir Putin's talks with Belarusian leader Alexander Lukashenko.");
    assert.ok(!factLines(x, 'VISITED').some((l) => l.includes(' RU ')), factLines(x).join('\n'));
  });

  test('a long list of people called on, each with a title between, meets the caller one by one', () => {
    const x = read('Chilean Army Commander General Javier Iturriaga called on Defence Minister Gilberto Pinzon, General Helder Giraldo, Chief of the Armed Forces, Admiral Francisco Cubides, Chief of Navy, and General Carlos Ospina, Chief of Army, in Bogota on Monday.', '2024-03-08', bare);
    const met = factLines(x, 'MET');
    assert.equal(met.length, 4, met.join('\n'));
    assert.ok(met.every((l) => l.includes('Javier Iturriaga')), met.join('\n'));
  });

  test('a meeting in a fronted clause is the main clause subject\'s, and "he" later is the same person', () => {
    const x = read('While meeting with Peruvian Defence Minister Walter Astudillo, Chilean Defence Minister Maya Fernandez said ties were strong.\nWhen meeting Bolivian Defence Minister Edmundo Novillo, she pledged closer cooperation.', '2024-03-08', bare);
    const met = factLines(x, 'MET');
    assert.equal(met.length, 2, met.join('\n'));
    assert.ok(met.every((l) => l.includes('Maya Fernandez')), met.join('\n'));
  });

  test("the officials a visitor calls on abroad are the host country's, not the dateline's", () => {
    const x = read('LIMA, March 7 (Reuters) - Chilean Army Commander General Javier Iturriaga, who is on an official visit to Peru, called on Defence Minister Walter Astudillo on Thursday.', '2024-03-08', bare);
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF Walter Astudillo PE - occurred'), factLines(x).join('\n'));
    const y = read('SANTIAGO, March 7 (Reuters) - Chilean Army Commander General Javier Iturriaga, who is on an official visit to Peru, called on Defence Minister Walter Astudillo on Thursday.', '2024-03-08', bare);
    assert.ok(factLines(y, 'OFFICIAL_OF').includes('OFFICIAL_OF Walter Astudillo PE - occurred'), factLines(y).join('\n'));
  });

  test('an exercise described in the present tense takes the status and date of the planned drill it describes, not its history', () => {
    const x = read('Chile will host the Unitas naval exercise starting Tuesday.\nThis multinational exercise includes navies from Chile, Peru and Colombia.\nOriginally launched in 1960, the Unitas exercise now serves as a cornerstone of cooperation.', '2024-03-08');
    const lines = factLines(x, 'JOINT_EXERCISE');
    assert.equal(lines.length, 3, lines.join('\n'));
    assert.ok(lines.every((l) => l.endsWith('2024-03-12 planned')), lines.join('\n'));
  });

  test('a later surname refers back to the person named in full', () => {
    const x = read('Kenyan Defence Minister Aden Duale arrived in Kampala on Tuesday.\nDuale later met Ugandan President Yoweri Museveni.');
    assert.ok(factLines(x, 'MET').some((l) => l.startsWith('MET Aden Duale Yoweri Museveni') || l.startsWith('MET Yoweri Museveni Aden Duale')), factLines(x).join('\n'));
  });
});

describe('one graph for both languages', () => {
  test('an Arabic and an English report of the same visit are one fact with two sources', async () => {
    const ar = extractArticle(parseArticle('وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ، أمس الخميس، في زيارة رسمية.', 'ar.txt', { published: '2024-03-08', source: 'a', url: 'https://example.org/ar', language: 'ar', title: null }), lx);
    const en = extractArticle(parseArticle('Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Thursday for an official visit.', 'en.txt', { published: '2024-03-08', source: 'b', url: 'https://example.org/en', language: 'en', title: null }), lx);
    const store = new SqliteStore({ dataDir: null });
    await store.init();
    try {
      await store.putArticle(toArticleGraph(ar));
      await store.putArticle(toArticleGraph(en));
      const visits = await store.facts({ subject: 'person:sergey-lavrov', predicates: ['VISITED'] });
      assert.equal(visits.length, 1, JSON.stringify(visits.map((v: { object: string; date: string | null }) => [v.object, v.date])));
      assert.equal(visits[0]!.date, '2024-03-07');
      assert.equal(visits[0]!.sourceCount, 2);
    } finally {
      await store.close();
    }
  });
});
