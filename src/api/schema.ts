import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLScalarType, Kind } from 'graphql';
import { Mutation } from './resolvers/mutation.ts';
import { Query } from './resolvers/query.ts';
import * as types from './resolvers/types.ts';

/** The top-level schema.graphql is the contract; this file only binds resolvers to it. */
export const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

const PartialDate = new GraphQLScalarType({
  name: 'PartialDate',
  description: 'ISO date at its precision: 2025, 2025-07 or 2025-07-11',
  serialize: (v) => String(v),
  parseValue: (v) => {
    if (typeof v !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new TypeError('PartialDate must look like 2025, 2025-07 or 2025-07-11');
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(ast.value)) throw new TypeError('PartialDate must look like 2025, 2025-07 or 2025-07-11');
    return ast.value;
  },
});

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: readFileSync(SCHEMA_FILE, 'utf8'),
    resolvers: { PartialDate, Query, Mutation, ...types },
  });
}
