import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { EXAMPLES } from '../src/api/examples.ts';
import { seededApi, TOKEN, type StoreKind } from './helpers/api.ts';
import { NEO4J_SKIPPED, neo4jTestConfig } from './helpers/neo4j-test.ts';

// The same questions against the embedded store always, and against Neo4j when the run has one.
const kinds: StoreKind[] = ['embedded', ...(neo4jTestConfig ? (['neo4j'] as const) : [])];
if (!neo4jTestConfig) test('GraphQL questions on the seeds (neo4j)', { skip: NEO4J_SKIPPED }, () => {});

for (const kind of kinds) {
const api = await seededApi({ store: kind });
// A Neo4j driver's open connections would keep this file's process (and the suite's lock) alive.
after(() => api.store.close());
const data = async (query: string) => {
  const r = await api.ask(query);
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  return r.body.data;
};

describe(`GraphQL questions on the seeds (${kind})`, () => {
  test('who visited North Korea: Lavrov on 2025-07-11, reported by two articles', async () => {
    const d = await data(`{ visitors(country: "KP") { subject { name } date status sourceCount sources { outlet evidence published article { id } } } }`);
    const lavrov = d.visitors.find((v: any) => v.subject.name === 'Sergey Lavrov' && v.date === '2025-07-11');
    assert.ok(lavrov);
    assert.equal(lavrov.sourceCount, 2);
    assert.equal(lavrov.status, 'occurred');
    assert.deepEqual(lavrov.sources.map((s: any) => s.outlet).sort(), ['Al Jazeera', 'Associated Press (Arabic machine translation)']);
    assert.ok(lavrov.sources.every((s: any) => /لافروف/.test(s.evidence)));
    assert.ok(d.visitors.some((v: any) => v.subject.name === 'Andrei Belousov' && v.date === '2024-11-29'));
  });

  test('between dates and by status', async () => {
    const d = await data(`{ visitors(country: "North Korea", filter: { from: "2024-01-01", to: "2024-12-31" }) { subject { name } date } }`);
    assert.deepEqual(d.visitors.map((v: any) => v.subject.name), ['Andrei Belousov']);
    const planned = await data(`{ travels(person: "Kim Jong Un", filter: { status: [planned] }) { object { name } date status } }`);
    // A trip to Vladivostok is a trip to Russia: both are recorded.
    assert.deepEqual(planned.travels.map((t: any) => [t.object.name, t.date, t.status]).sort(), [['Russia', '2023-09', 'planned'], ['Vladivostok', '2023-09', 'planned']]);
  });

  test('where did Lavrov travel (asked in Arabic)', async () => {
    const d = await data(`{ travels(person: "لافروف") { object { name } date } }`);
    assert.ok(d.travels.some((t: any) => t.object.name === 'North Korea' && t.date === '2025-07-11'));
  });

  test('whom did Kim Jong Un meet, when, by which sources', async () => {
    const d = await data(`{ meetings(person: "person:kim-jong-un") { subject { name } object { name } date status sources { outlet } } }`);
    const names = d.meetings.map((m: any) => [m.subject.name, m.object.name].find((n: string) => n !== 'Kim Jong Un'));
    assert.ok(names.includes('Vladimir Putin') && names.includes('Sergei Shoigu'));
    assert.ok(d.meetings.some((m: any) => m.date === '2024-06' && m.status === 'occurred'));
    assert.ok(d.meetings.some((m: any) => m.date === '2023-09' && m.status === 'planned'));
  });

  test('meetings between the officials of Russia and North Korea', async () => {
    const d = await data(`{ meetingsBetween(countryA: "RU", countryB: "KP") { subject { name } object { name } date } }`);
    const pairs = d.meetingsBetween.map((m: any) => [m.subject.name, m.object.name].sort().join(' & '));
    assert.ok(pairs.includes('Kim Jong Un & Vladimir Putin'));
    assert.ok(pairs.includes('Kim Jong Un & Sergei Shoigu'));
  });

  test('North Korea deployed troops to Russia; arms in both directions', async () => {
    const d = await data(`{
      into: deployments(country: "RU", direction: IN) { subject { name } status sourceCount }
      from: deployments(country: "KP", direction: OUT) { object { name } }
      armsIn: armsSupplies(country: "RU") { subject { name } status sourceCount }
      armsOut: armsSupplies(country: "RU", direction: OUT) { object { name } status }
    }`);
    assert.ok(d.into.some((r: any) => r.subject.name === 'North Korea' && r.status === 'occurred' && r.sourceCount >= 2));
    assert.deepEqual(d.from.map((r: any) => r.object.name), ['Russia']);
    assert.ok(d.armsIn.some((r: any) => r.subject.name === 'North Korea' && r.sourceCount >= 3));
    assert.ok(d.armsOut.some((r: any) => r.object.name === 'North Korea'));
  });

  test('Japan exercised with the United States and South Korea in 2024-06 and on 2025-07-11', async () => {
    const d = await data(`{ exercises(country: "JP") { subject { name } object { name } date status event { ... on Event { kind participants { name } } } } }`);
    const partners = (date: string) => d.exercises.filter((e: any) => e.date === date).map((e: any) => [e.subject.name, e.object.name].find((n: string) => n !== 'Japan')).sort();
    assert.deepEqual(partners('2024-06'), ['South Korea', 'United States']);
    assert.deepEqual(partners('2025-07-11'), ['South Korea', 'United States']);
    const ev = d.exercises.find((e: any) => e.date === '2025-07-11').event;
    assert.equal(ev.kind, 'exercise');
    assert.deepEqual(ev.participants.map((p: any) => p.name).sort(), ['Japan', 'South Korea', 'United States']);
  });

  test('officials of South Korea, with roles', async () => {
    const d = await data(`{ officials(country: "KR") { subject { name } role } }`);
    const names = d.officials.map((o: any) => o.subject.name);
    for (const n of ['Kim Myung-soo', 'Yoon Suk Yeol', 'Moon Jae-in', 'Shin Won-sik']) assert.ok(names.includes(n), n);
    assert.ok(d.officials.every((o: any) => o.role));
  });

  test('Russia and North Korea are linked directly and through Lavrov\'s visit', async () => {
    const d = await data(`{ links(a: "RU", b: "KP") { via { name } relation { predicate subject { name } object { name } } } }`);
    assert.ok(d.links.some((l: any) => l.via.length === 0 && l.relation.predicate === 'DEPLOYED_TROOPS_TO'));
    assert.ok(d.links.some((l: any) => l.via.some((v: any) => v.name === 'Sergey Lavrov') && l.relation.predicate === 'VISITED'));
    assert.ok(d.links.some((l: any) => l.relation.predicate === 'MET' && l.via.length === 2));
  });

  test('shortest paths, up to the hops asked', async () => {
    const d = await data(`{ paths(from: "Dan Caine", to: "Charles Q. Brown", maxHops: 4) { length nodes { name } relations { predicate } } }`);
    assert.ok(d.paths.length > 0);
    for (const p of d.paths) {
      assert.equal(p.nodes[0].name, 'Dan Caine');
      assert.equal(p.nodes.at(-1).name, 'Charles Q. Brown');
      assert.equal(p.relations.length, p.length);
      assert.ok(p.length <= 4);
    }
    const six = await data(`{ paths(from: "Dan Caine", to: "Charles Q. Brown", maxHops: 6) { length } }`);
    assert.ok(six.paths.length > 0 && six.paths.every((p: any) => p.length <= 6));
  });

  test('neighbourhood as nodes and edges, filtered by predicate and date', async () => {
    const d = await data(`{ neighbourhood(id: "person:sergey-lavrov", depth: 2, predicates: [VISITED, MET, OFFICIAL_OF]) { nodes { id } edges { predicate subject { id } object { id } } } }`);
    const ids = new Set(d.neighbourhood.nodes.map((n: any) => n.id));
    assert.ok(ids.has('country:KP') && ids.has('country:RU'));
    for (const e of d.neighbourhood.edges) assert.ok(ids.has(e.subject.id) && ids.has(e.object.id) && ['VISITED', 'MET', 'OFFICIAL_OF'].includes(e.predicate));
    const dated = await data(`{ neighbourhood(id: "KP", from: "2025-01-01") { edges { date } } }`);
    assert.ok(dated.neighbourhood.edges.length > 0 && dated.neighbourhood.edges.every((e: any) => e.date >= '2025'));
  });

  test('timeline in date order', async () => {
    const d = await data(`{ timeline(id: "شويغو") { predicate date } }`);
    const dates = d.timeline.map((t: any) => t.date).filter(Boolean);
    assert.deepEqual(dates, [...dates].sort());
    assert.ok(d.timeline.some((t: any) => t.predicate === 'VISITED' && t.date === '2023-07'));
  });

  test('search in Arabic or English, tolerant of variants and diacritics', async () => {
    for (const q of ['سيرجي لافروف', 'سِيرغي لافروف', 'Lavrov', 'lavrov', 'لافروف']) {
      const d = await data(`{ search(query: ${JSON.stringify(q)}) { id } }`);
      assert.equal(d.search[0]?.id, 'person:sergey-lavrov', q);
    }
    // A first name alone, with a diacritic and the other spelling of its g: both Sergeys, ahead of anyone else.
    const sergei = await data(`{ search(query: "سِيرجي") { id } }`);
    assert.deepEqual(sergei.search.slice(0, 2).map((e: any) => e.id).sort(), ['person:sergei-shoigu', 'person:sergey-lavrov']);
  });

  test('articles, what each contributed, and overall counts', async () => {
    const d = await data(`{ stats { store articles facts { key count } } articles(limit: 2) { id published facts { predicate } } }`);
    assert.equal(d.stats.store, kind);
    assert.equal(d.stats.articles, 5);
    assert.equal(d.articles.length, 2);
    assert.ok(d.articles[0].facts.length > 3);
    const one = await data(`{ article(id: ${JSON.stringify(d.articles[0].id)}) { file source } }`);
    assert.equal(one.article.file, '000_528a6e7872004594.txt');
  });

  test('pagination is capped at 100', async () => {
    const d = await data(`{ officials(country: "RU", filter: { limit: 100000 }) { subject { id } } }`);
    assert.ok(d.officials.length <= 100);
  });

  test('every example question of the README runs without errors', async () => {
    for (const e of EXAMPLES) {
      const r = await api.ask(e.query);
      assert.equal(r.body.errors, undefined, `${e.name}: ${JSON.stringify(r.body.errors)}`);
      assert.ok(Object.values(r.body.data ?? {}).some((v) => (Array.isArray(v) ? v.length > 0 : v !== null)), e.name);
    }
  });
});

describe(`mutations need the bearer token (${kind})`, () => {
  const text = 'وصل وزير الخارجية الهندي سوبرامانيام جايشانكار إلى موسكو أمس الاثنين في زيارة رسمية.';
  const mutation = `mutation($text: String!) { ingestArticle(text: $text, metadata: { published: "2025-03-04", url: "https://example.org/jaishankar" }) { result facts article { id } } }`;

  test('missing or wrong token: 401-style error and nothing changes', async () => {
    const before = (await data('{ stats { articles } }')).stats.articles;
    for (const headers of [{}, { authorization: 'Bearer wrong-token-0000000000' }, { authorization: 'Basic abc' }] as Record<string, string>[]) {
      const r = await api.ask(mutation, { text }, headers);
      assert.equal(r.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
      assert.equal(r.status, 401);
    }
    assert.equal((await data('{ stats { articles } }')).stats.articles, before);
  });

  test('with the token: ingest, query, retract', async () => {
    const r = await api.ask(mutation, { text }, { authorization: `Bearer ${TOKEN}` });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    assert.equal(r.body.data.ingestArticle.result, 'created');
    const v = await data(`{ travels(person: "Subrahmanyam Jaishankar") { object { name } date } }`);
    assert.deepEqual(v.travels.map((t: any) => [t.object.name, t.date]), [['Russia', '2025-03-03']]);
    const id = r.body.data.ingestArticle.article.id;
    const gone = await api.ask(`mutation { retractArticle(id: ${JSON.stringify(id)}) }`, undefined, { authorization: `Bearer ${TOKEN}` });
    assert.equal(gone.body.data.retractArticle, true);
    assert.deepEqual((await data(`{ search(query: "جايشانكار") { id } }`)).search, []);
  });

  test('bad article input is a user error', async () => {
    const r = await api.ask(`mutation { ingestArticle(text: "Le ministre est arrivé à Moscou lundi pour des entretiens avec des responsables russes.") { result } }`, undefined, { authorization: `Bearer ${TOKEN}` });
    assert.equal(r.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(r.body.errors![0]!.message, /language "fr" is not handled/);
  });

  test('without API_TOKEN mutations are disabled', async () => {
    const off = await seededApi({ apiToken: null, store: kind });
    const r = await off.ask(`mutation { retractArticle(id: "x") }`, undefined, { authorization: 'Bearer anything-at-all-123' });
    await off.store.close();
    assert.equal(r.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });
});

describe(`service endpoints (${kind})`, () => {
  test('/health and /ready answer 200; GraphiQL opens with the example tabs', async () => {
    assert.equal((await api.app.fetch('http://localhost/health')).status, 200);
    assert.equal((await api.app.fetch('http://localhost/ready')).status, 200);
    const page = await api.app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    const html = await page.text();
    assert.equal(page.status, 200);
    assert.ok(html.includes('Who visited North Korea'));
  });

  test('/ready probes the store without counting it, and fails when the store does not answer', async () => {
    const { stats, ready } = api.store;
    api.store.stats = async () => { throw new Error('/ready must not count'); };
    try {
      assert.equal((await api.app.fetch('http://localhost/ready')).status, 200);
      api.store.ready = async () => { throw new Error('unreachable'); };
      assert.notEqual((await api.app.fetch('http://localhost/ready')).status, 200);
    } finally {
      api.store.stats = stats;
      api.store.ready = ready;
    }
  });
});
}
