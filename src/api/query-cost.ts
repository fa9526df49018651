import { GraphQLError, Kind, getNullableType, isListType, visit, type DocumentNode, type GraphQLSchema, type ValueNode } from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { MAX_HOPS, MAX_PAGE, MAX_SUBGRAPH_FACTS } from '../store/graph-store.ts';

/**
 * How many items a list field may return, from its arguments (with their defaults) or its bound. A
 * list's cost is its items times the cost of what is asked of each, so the cost follows the data a
 * query can make the store return, not only the fields it names.
 */
/** Lists without a page argument, bounded by what holds them. */
const BOUNDED: Record<string, number> = {
  // A neighbourhood counts per fact of its limit (one node and one edge each).
  'Graph.nodes': 1,
  'Graph.edges': 1,
  'Path.nodes': MAX_HOPS + 1,
  'Path.relations': MAX_HOPS,
  'Link.via': 2,
  'Stats.entities': 10,
  'Stats.facts': 10,
};

/** What a page argument can return at most: resolvers cap limit (silently, for the older arguments). */
const capOf = (parent: string, field: string) => (parent === 'Query' && field === 'neighbourhood' ? MAX_SUBGRAPH_FACTS : MAX_PAGE);

function itemsOf(parent: string, field: string, args: Record<string, any>): number | null {
  const asked = typeof args.first === 'number' ? args.first
    : typeof args.limit === 'number' ? args.limit
      : 'filter' in args ? (args.filter as { limit?: number } | null)?.limit ?? 50
        : null;
  return asked === null ? BOUNDED[`${parent}.${field}`] ?? null : Math.min(asked, capOf(parent, field));
}

function estimate({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const items = itemsOf(type.name, field.name, args);
  if (items !== null) return 1 + Math.max(1, items) * childComplexity;
  // Any other list: as many as the largest page.
  return 1 + (isListType(getNullableType(field.type)) ? 100 : 1) * childComplexity;
}

/** The cost of one operation as the limit counts it (exported for tests and the README's figures). */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown>, operationName?: string): number {
  return getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators: [estimate] });
}

/** Arguments a cost reads (itemsOf): a variable anywhere else (an id, a name) cannot change the cost. */
const PAGE_ARGUMENTS = new Set(['first', 'limit', 'filter']);

function variablesIn(value: ValueNode, out: Set<string>): void {
  if (value.kind === Kind.VARIABLE) out.add(value.name.value);
  else if (value.kind === Kind.LIST) for (const v of value.values) variablesIn(v, out);
  else if (value.kind === Kind.OBJECT) for (const f of value.fields) variablesIn(f.value, out);
}

/** The variables an operation's cost depends on: those in page arguments and in directives (@include, @skip). */
function costVariables(document: DocumentNode): string[] {
  const out = new Set<string>();
  visit(document, {
    Field: (node) => {
      for (const a of node.arguments ?? []) if (PAGE_ARGUMENTS.has(a.name.value)) variablesIn(a.value, out);
    },
    Directive: (node) => {
      for (const a of node.arguments ?? []) variablesIn(a.value, out);
    },
  });
  return [...out];
}

/** Costs already counted, per parsed document (yoga reuses one per query text) and the values of its cost variables. */
const counted = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
const COSTS_PER_DOCUMENT = 64;

/**
 * The cost of an operation, counted once per query text and page sizes: counting walks the whole
 * query with the schema, a tenth of a one-hop question's CPU when done on every request. Clients
 * send one query text with different ids in its variables; those ids do not change the cost.
 */
function cachedCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number {
  let entry = counted.get(document);
  if (!entry) counted.set(document, (entry = { variables: costVariables(document), costs: new Map() }));
  const vars = variables ?? {};
  // [] for a variable not given (its default applies), [value] for one given, null included.
  const key = `${operationName ?? ''}\u0000${JSON.stringify(entry.variables.map((v) => (Object.hasOwn(vars, v) ? [vars[v]] : [])))}`;
  const known = entry.costs.get(key);
  if (known !== undefined) return known;
  const cost = queryCost(schema, document, variables, operationName);
  if (entry.costs.size >= COSTS_PER_DOCUMENT) entry.costs.clear();
  entry.costs.set(key, cost);
  return cost;
}

/** Refuses an operation whose cost, lists counted by their page sizes, is over MAX_QUERY_COST. */
export function useQueryCost(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: number;
      try {
        cost = cachedCost(args.schema, args.document, args.variableValues ?? undefined, args.operationName ?? undefined);
      } catch {
        return; // bad variables: execution reports them
      }
      if (cost <= maxCost) return;
      setResultAndStopExecution({
        errors: [new GraphQLError(`query cost ${cost} is over the limit of ${maxCost} (MAX_QUERY_COST): each list counts its page size (first, limit) times what is asked of each item; ask for fewer items or fields`, {
          extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost },
        })],
      });
    },
  };
}
