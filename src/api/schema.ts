import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLScalarType, Kind, print } from 'graphql';
import { Mutation } from './resolvers/mutation.ts';
import { Query } from './resolvers/query.ts';
import * as types from './resolvers/types.ts';
import { checkPartialDate } from './partial-date.ts';

/** The top-level schema.graphql is the contract; this file only binds resolvers to it. */
export const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

const PartialDate = new GraphQLScalarType({
  name: 'PartialDate',
  description: 'ISO date at its precision: 2025, 2025-07 or 2025-07-11',
  serialize: (v) => String(v),
  parseValue: checkPartialDate,
  parseLiteral: (ast) => checkPartialDate(ast.kind === Kind.STRING ? ast.value : print(ast)),
});

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: readFileSync(SCHEMA_FILE, 'utf8'),
    resolvers: { PartialDate, Query, Mutation, ...types },
  });
}
