import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { createRequire } from 'node:module';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.ts';
import { analystView, buildDump, type GraphDump, type PropValue } from '../src/export/graph-dump.ts';
import { toGraphML } from '../src/export/graphml.ts';
import { toNodeLink } from '../src/export/node-link.ts';
import { toGexf } from '../src/export/gexf.ts';
import { parse as parseGexf } from 'graphology-gexf';
import { ARRAY_DELIMITER, toNeo4jCsv } from '../src/export/neo4j-csv.ts';
import { toCypherScript } from '../src/export/cypher-script.ts';
import { cypherMap } from '../src/export/cypher-literal.ts';
import { kindOf, parseProp } from '../src/export/properties.ts';
import { RecordingDriver } from './helpers/recording-driver.ts';
import { readCypherLiteral } from './helpers/cypher-literal-reader.ts';
import { seedGraphs } from './helpers/seed-graphs.ts';
import { clusterEvents } from '../src/store/resolve/events.ts';

type Props = Record<string, PropValue>;
interface Plain { nodes: { id: string; labels: string[]; props: Props }[]; edges: { type: string; source: string; target: string; props: Props }[] }

/** Order-free form of a graph: what every round trip must give back. */
function plain(g: Plain): Plain {
  const sortProps = (p: Props) => Object.fromEntries(Object.entries(p).sort(([a], [b]) => a.localeCompare(b)));
  return {
    nodes: g.nodes.map((n) => ({ id: n.id, labels: [...n.labels].sort(), props: sortProps(n.props) })).sort((a, b) => a.id.localeCompare(b.id)),
    edges: g.edges.map((e) => ({ type: e.type, source: e.source, target: e.target, props: sortProps(e.props) }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

async function seedDump(): Promise<GraphDump> {
  const store = new SqliteStore({ dataDir: null });
  await store.init();
  for (const d of seedGraphs()) await store.putArticle(d);
  const dump = await buildDump(store.documents());
  await store.close();
  return dump;
}

const python = '/usr/bin/python3';
const hasNetworkx = existsSync(python) && spawnSync(python, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

describe('exports of the seed graph', async () => {
  const dump = await seedDump();
  const expected = plain(dump);
  // GraphML, JSON and GEXF carry the graph without the per-article EventReport nodes.
  const analyst = analystView(dump);
  const expectedAnalyst = plain(analyst);
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-export-'));

  test('the dump holds every article, entity, event and fact source of the store', async () => {
    const docs = seedGraphs();
    const count = (label: string) => dump.nodes.filter((n) => n.labels.includes(label)).length;
    assert.equal(count('Article'), 5);
    // One Event node per resolved event: the seeds' 14 reports are 13 events (two papers report one exercise).
    const reports = docs.flatMap((d) => d.events);
    assert.equal(count('Event'), clusterEvents(reports).size);
    assert.ok(count('Event') < reports.length);
    assert.ok(count('Person') >= 15);
    const facts = dump.edges.filter((e) => typeof e.props.key === 'string');
    assert.equal(facts.length, docs.reduce((n, d) => n + d.facts.filter((f) => f.subject !== f.object).length, 0));
    const lavrov = facts.filter((e) => e.source === 'person:sergey-lavrov' && e.target === 'country:KP' && e.type === 'VISITED' && e.props.date === '2025-07-11');
    assert.equal(lavrov.length, 2, 'one relationship per supporting article');
    assert.ok(lavrov.every((e) => String(e.props.evidence).includes('لافروف') || String(e.props.evidence).length > 20));
    assert.ok(dump.edges.some((e) => e.type === 'MENTIONS' && e.target === 'person:sergey-lavrov'));
    assert.ok(dump.nodes.every((n) => Object.values(n.props).every((v) => v !== null)));
  });

  test('node-link JSON reads back with graphology Graph.from', () => {
    const text = JSON.stringify(toNodeLink(analyst));
    const g = MultiDirectedGraph.from(JSON.parse(text));
    assert.equal(g.order, analyst.nodes.length);
    assert.equal(g.size, analyst.edges.length);
    const back: Plain = { nodes: [], edges: [] };
    g.forEachNode((id, { labels, ...props }) => back.nodes.push({ id, labels, props }));
    g.forEachEdge((_k, { type, factKey, ...props }, source, target) => back.edges.push({ type, source, target, props: factKey === undefined ? props : { ...props, key: factKey } }));
    assert.deepEqual(plain(back), expectedAnalyst);
    assert.ok(JSON.parse(text).edges.every((e: { attributes: object }) => !('key' in e.attributes)), 'no edge attribute is named key');
  });

  test('edge keys are stable: the fact key and the article, whatever order the store was filled in', async () => {
    const reversed = new SqliteStore({ dataDir: null });
    await reversed.init();
    for (const d of seedGraphs().reverse()) await reversed.putArticle(d);
    const again = await buildDump(reversed.documents());
    await reversed.close();
    const keys = (d: GraphDump) => d.edges.map((e) => `${e.id} ${e.type} ${e.source} ${e.target}`).sort();
    assert.deepEqual(keys(again), keys(dump));
    assert.equal(new Set(dump.edges.map((e) => e.id)).size, dump.edges.length, 'one key per relationship');
    const visit = dump.edges.find((e) => e.type === 'VISITED' && e.source === 'person:sergey-lavrov' && e.props.date === '2025-07-11')!;
    assert.equal(visit.id, `${visit.props.key}@${visit.props.articleId}`);
  });

  test('the README\'s networkx recipe loads the JSON export with the store\'s node and edge counts', { skip: hasNetworkx ? false : 'skipped: Debian python3-networkx is not installed (.ci/run installs it)' }, async () => {
    const readme = readFileSync(new URL('../docs/cli.md', import.meta.url), 'utf8');
    const recipe = /<!-- networkx recipe[^>]*-->\n```python\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(recipe, 'the recipe is in docs/cli.md');
    const cwd = mkdtempSync(join(tmpdir(), 'shabaka-networkx-'));
    writeFileSync(join(cwd, 'shabaka.json'), JSON.stringify(toNodeLink(analyst)));
    const [nodes, edges] = execFileSync(python, ['-c', recipe], { cwd, encoding: 'utf8' }).trim().split(' ').map(Number);
    // The store's own counts: articles, entities and events are the nodes.
    const store = new SqliteStore({ dataDir: null });
    await store.init();
    for (const d of seedGraphs()) await store.putArticle(d);
    const stats = await store.stats();
    await store.close();
    const storeNodes = stats.articles + Object.values(stats.entities).reduce((a: number, b) => a + ((b as number | undefined) ?? 0), 0);
    assert.equal(nodes, storeNodes);
    assert.equal(edges, dump.edges.length);
  });

  test('GEXF reads back with graphology-gexf and networkx: every node, edge, label and key', async () => {
    const text = toGexf(analyst);
    const g = parseGexf(MultiDirectedGraph, text);
    assert.equal(g.order, analyst.nodes.length);
    assert.equal(g.size, dump.edges.length);
    assert.equal(g.getNodeAttribute('country:KP', 'label'), 'North Korea');
    assert.equal(g.getNodeAttribute('country:KP', 'labels'), ':Entity:Country');
    const visit = dump.edges.find((e) => e.type === 'VISITED' && e.source === 'person:sergey-lavrov')!;
    assert.equal(g.getEdgeAttribute(visit.id, 'factKey'), visit.props.key);
    if (!hasNetworkx) return;
    const file = join(dir, 'seeds.gexf');
    writeFileSync(file, text);
    const read = `import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "kp": g.nodes["country:KP"]["name"],
  "ids": sorted(d["id"] for u, v, d in g.edges(data=True))}, ensure_ascii=False))`;
    const out = JSON.parse(execFileSync(python, ['-c', read, file], { encoding: 'utf8' }));
    assert.deepEqual(out, { nodes: analyst.nodes.length, edges: dump.edges.length, kp: 'North Korea', ids: dump.edges.map((e) => e.id).sort() });
  });

  test('GraphML reads back with networkx', { skip: hasNetworkx ? false : 'skipped: Debian python3-networkx is not installed (.ci/run installs it)' }, () => {
    const file = join(dir, 'seeds.graphml');
    writeFileSync(file, [...toGraphML(analyst)].join(''));
    const read = `import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1], force_multigraph=True)
print(json.dumps({"nodes": [dict(d, id=n) for n, d in g.nodes(data=True)],
  "edges": [dict(d, _source=u, _target=v) for u, v, d in g.edges(data=True)]}, ensure_ascii=False))`;
    const out = JSON.parse(execFileSync(python, ['-c', read, file], { encoding: 'utf8' })) as { nodes: Record<string, PropValue>[]; edges: Record<string, PropValue>[] };
    const props = (o: Record<string, PropValue>, drop: string[]) =>
      Object.fromEntries(Object.entries(o).filter(([k]) => !drop.includes(k)).map(([k, v]) => [k, kindOf(k) === 'string[]' ? JSON.parse(String(v)) : v]));
    const back: Plain = {
      nodes: out.nodes.map((n) => ({ id: String(n.id), labels: String(n.labels).split(':').filter(Boolean), props: props(n, ['labels', 'label']) })),
      edges: out.edges.map((e) => ({ type: String(e.label), source: String(e._source), target: String(e._target), props: props(e, ['label', '_source', '_target', 'id']) })),
    };
    assert.deepEqual(plain(back), expectedAnalyst);
  });

  test('CSV in the neo4j-admin import layout reads back with a CSV parser', () => {
    const files = toNeo4jCsv(dump);
    assert.match(files.find((f) => f.name === 'import.sh')!.content, /\$\{NEO4J_ADMIN:-neo4j-admin\} database import full[\s\S]*--nodes=nodes-Person\.csv[\s\S]*--relationships=relationships-VISITED\.csv/);
    const back: Plain = { nodes: [], edges: [] };
    for (const f of files.filter((x) => x.name.endsWith('.csv'))) {
      // A quoted empty cell is an empty string, an unquoted one is no property: what neo4j-admin does.
      const rows = parse(f.content, { cast: (v, ctx) => (v === '' && !ctx.quoting ? undefined : v) }) as (string | undefined)[][];
      const [head, ...body] = rows as string[][];
      const columns = head!.map((h) => ({ name: h.split(':')[0]!, tag: h.includes(':') ? h.split(':').slice(1).join(':') : '' }));
      for (const row of body) {
        const props: Props = {};
        let id = '', labels: string[] = [], type = '', source = '', target = '';
        columns.forEach((c, i) => {
          const v = row[i];
          if (v === undefined) return;
          if (c.tag === 'ID' || c.tag === 'ID(EventReport)') (id = v), (props.id = v);
          else if (c.tag === 'LABEL') labels = v.split(ARRAY_DELIMITER);
          else if (c.tag === 'TYPE') type = v;
          else if (c.tag === 'START_ID') source = v;
          else if (c.tag === 'END_ID') target = v;
          else props[c.name] = c.tag === 'string[]' ? v.split(ARRAY_DELIMITER) : parseProp(c.name, v);
        });
        if (f.name.startsWith('nodes-')) back.nodes.push({ id, labels, props });
        else back.edges.push({ type, source, target, props });
      }
    }
    assert.deepEqual(plain(back), expected);
  });

  test('the Cypher script passes the linter and its rows read back as the graph', () => {
    const { lintCypherQuery } = createRequire(import.meta.url)('@neo4j-cypher/language-support') as { lintCypherQuery(q: string, s: object): { severity: number; message: string }[] };
    const script = [...toCypherScript(dump)];
    const back: Plain = { nodes: [], edges: [] };
    for (const statement of script.filter((s) => !s.startsWith('//'))) {
      assert.deepEqual(lintCypherQuery(statement, {}).filter((d) => d.severity === 1).map((d) => d.message), [], statement.slice(0, 200));
      if (!statement.startsWith('UNWIND')) continue;
      const { value } = readCypherLiteral(statement.slice('UNWIND '.length));
      const rows = value as { id?: string; source?: string; target?: string; props: Props }[];
      const entityLabel = /SET n:(\w+)/.exec(statement)?.[1];
      const nodeLabel = /MERGE \(n:(\w+)/.exec(statement)?.[1];
      const rel = /\[r?:(\w+)/.exec(statement);
      for (const r of rows) {
        if (r.id) back.nodes.push({ id: r.id, labels: entityLabel ? ['Entity', entityLabel] : [nodeLabel!], props: r.props });
        else back.edges.push({ type: rel![1]!, source: r.source!, target: r.target!, props: r.props });
      }
    }
    assert.deepEqual(plain(back), expected);
  });

  test('hostile text stays data in every format', () => {
    const evil = 'x"}) DETACH DELETE n // \\ ` \' \n\t <tag>&amp; ]]> ; ,';
    const props = { id: 'p', name: evil, aliases: [evil, 'b'], known: true, confidence: 1 } as Props;
    const literal = cypherMap(props);
    assert.deepEqual(readCypherLiteral(literal).value, { ...props, aliases: [evil, 'b'] });
    assert.match(literal, /confidence: 1\.0/, 'a float stays a float in Neo4j');
    const tiny: GraphDump = { nodes: [{ id: 'p', labels: ['Entity', 'Person'], props }], edges: [] };
    const json = MultiDirectedGraph.from(JSON.parse(JSON.stringify(toNodeLink(tiny))));
    assert.equal(json.getNodeAttribute('p', 'name'), evil);
    const xml = [...toGraphML(tiny)].join('');
    assert.ok(!xml.includes('<tag>') && xml.includes('&lt;tag&gt;&amp;amp;'));
    const csv = toNeo4jCsv(tiny).find((f) => f.name === 'nodes-Person.csv')!;
    const rows = parse(csv.content) as string[][];
    assert.equal(rows[1]![rows[0]!.indexOf('name')], evil);
  });

  test('the Neo4j store exports the same graph (recording driver answering from the stored articles)', async () => {
    const docs = seedGraphs().sort((a, b) => a.article.id.localeCompare(b.article.id));
    // Answered as the store holds them: each relationship keeps the date its article gave as
    // reportedDate, each EventReport names the resolved event it is part of.
    const eventOf = new Map([...clusterEvents(docs.flatMap((d) => d.events))].flatMap(([id, members]) => members.map((m) => [m.id, id] as const)));
    const driver = new RecordingDriver((query, params) => {
      if (query.includes('UNWIND $articleIds')) {
        const type = /\[r:(\w+) \{articleId/.exec(query)![1];
        return docs.filter((d) => (params.articleIds as string[]).includes(d.article.id))
          .flatMap((d) => d.facts.filter((f) => f.predicate === type && f.subject !== f.object).map((f) => ({ source: { ...f, reportedDate: f.date } })));
      }
      if (!query.includes('a.id > $after')) return [];
      return docs.filter((d) => d.article.id > String(params.after)).map((d) => ({
        article: d.article, entities: d.entities.map(({ state: _s, ...e }) => e), events: d.events.map((e) => ({ ...e, event: eventOf.get(e.id) })),
      }));
    });
    const neo = new Neo4jStore(driver, 'neo4j', 100);
    assert.deepEqual(plain(await buildDump(neo.documents())), expected);
    assert.equal(driver.calls.length, 7, 'one page holds five articles: one read of them, one per fact type');
  });

  test('shabaka export writes each format to a file', () => {
    const data = mkdtempSync(join(tmpdir(), 'shabaka-export-cli-'));
    const env = { ...process.env, DATA_DIR: data, NEO4J_URI: '' };
    const bin = new URL('../bin/shabaka.js', import.meta.url).pathname;
    execFileSync('node', [bin, 'ingest', 'seeds', '--manifest', 'seeds/manifest.json', '--json'], { env, stdio: 'ignore' });
    for (const format of ['graphml', 'json', 'gexf', 'cypher']) {
      const out = join(dir, `cli.${format}`);
      const r = spawnSync('node', [bin, 'export', '--format', format, '--out', out], { env, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const nodes = format === 'cypher' ? dump.nodes.length : analyst.nodes.length;
      assert.match(r.stderr, new RegExp(`exported ${nodes} nodes and ${dump.edges.length} relationships`));
      assert.ok(readFileSync(out, 'utf8').length > 1000);
    }
    const csvDir = join(dir, 'csv');
    assert.equal(spawnSync('node', [bin, 'export', '--format', 'csv', '--out', csvDir], { env }).status, 0);
    assert.ok(readdirSync(csvDir).includes('relationships-VISITED.csv'));
    const noOut = spawnSync('node', [bin, 'export', '--format', 'csv'], { env, encoding: 'utf8' });
    assert.equal(noOut.status, 2);
    assert.match(noOut.stderr, /--out FOLDER/);
    const bad = spawnSync('node', [bin, 'export', '--format', 'xlsx'], { env, encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /'xlsx' is invalid. Allowed choices are graphml, json, gexf, csv, cypher/);
  });
});
