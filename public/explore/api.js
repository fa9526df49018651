// The GraphQL questions the explorer asks. Drawing needs only the shape of each relation; the
// evidence behind one relation is asked for when the analyst opens it, so a hub's hundreds of
// sources never travel with the drawing.

const NODE = 'id type name nameAr mentionCount';
const EDGE = 'id predicate date status sourceCount confidence role subject { id } object { id }';
const SOURCE = 'evidence outlet url published date status rule confidence article { id title }';
/**
 * Walks of this many nodes share one request: the API's cost limit (MAX_QUERY_COST, 30,000) counts
 * each walk as its 500 facts, about 6,000, so four fit.
 */
const WALK_BATCH = 4;
/** The most facts the store draws around one entity. */
const WALK_LIMIT = 500;

/** A partial ISO date, the only form the date filters take: 2025, 2025-07 or 2025-07-11. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export async function ask(query, variables) {
  const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

/**
 * The filter arguments of a neighbourhood. Dates are written into the query as literals, after
 * checking they are partial ISO dates (digits and dashes only): a literal is valid whether the
 * schema types them String or PartialDate, where a variable's declared type would have to match.
 */
function filterArgs(f) {
  for (const d of [f.from, f.to]) if (d && !PARTIAL_DATE.test(d)) throw new Error(`“${d}” is not a date: write 2025, 2025-07 or 2025-07-11`);
  return ['predicates: $predicates', 'status: $status', f.from && `from: "${f.from}"`, f.to && `to: "${f.to}"`].filter(Boolean).join(', ');
}

const filterVars = (f) => ({ predicates: f.predicates, status: f.status });
const FILTER_VARS = '$predicates: [Predicate!], $status: [Status!]';

export async function search(q) {
  return (await ask(`query Search($q: String!) { search(query: $q, limit: 10) { ${NODE} } }`, { q })).search;
}

/** The neighbourhood of one entity at a depth, under the filters. */
export async function neighbourhood(id, depth, f) {
  const q = `query Neighbourhood($id: ID!, $depth: Int, ${FILTER_VARS}) {
    neighbourhood(id: $id, depth: $depth, ${filterArgs(f)}, limit: 200) { nodes { ${NODE} } edges { ${EDGE} } } }`;
  return (await ask(q, { id, depth, ...filterVars(f) })).neighbourhood;
}

/** Every relation at each of these entities (depth 1), several entities to a request. */
export async function walks(ids, f) {
  const out = new Map();
  for (let i = 0; i < ids.length; i += WALK_BATCH) {
    const batch = ids.slice(i, i + WALK_BATCH);
    const q = `query Walks(${FILTER_VARS}, ${batch.map((_, k) => `$i${k}: ID!`).join(', ')}) {
      ${batch.map((_, k) => `n${k}: neighbourhood(id: $i${k}, depth: 1, ${filterArgs(f)}, limit: ${WALK_LIMIT}) { ...Walk }`).join('\n')}
    } fragment Walk on Graph { edges { ${EDGE} } }`;
    const data = await ask(q, { ...filterVars(f), ...Object.fromEntries(batch.map((id, k) => [`i${k}`, id])) });
    batch.forEach((id, k) => out.set(id, data[`n${k}`].edges));
  }
  return out;
}

/** Sources per request: the API's largest page. */
const SOURCE_PAGE = 100;

/**
 * Every source of one drawn relation, read a page at a time (the API pages sources; its cost limit
 * counts each page), so the analyst can sort them all by publication.
 */
export async function sources(edge) {
  const q = `query Sources($id: ID!, $first: Int!, $offset: Int!) {
    relation(id: $id) { sourceCount sources(first: $first, offset: $offset) { ${SOURCE} } } }`;
  const all = [];
  for (;;) {
    const { relation } = await ask(q, { id: edge.id, first: SOURCE_PAGE, offset: all.length });
    if (!relation) throw new Error('the store no longer holds this relation');
    all.push(...relation.sources);
    if (relation.sources.length < SOURCE_PAGE || all.length >= relation.sourceCount) return all;
  }
}

/** The shortest paths between two entities (over all relations, whatever the filters). */
export async function paths(from, to) {
  const q = `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, limit: 5) { length nodes { ${NODE} } relations { ${EDGE} } } }`;
  return (await ask(q, { from, to })).paths;
}
