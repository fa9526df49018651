import { GraphQLError } from 'graphql';

/** The most items one page of any list may hold. */
export const MAX_PAGE_SIZE = 100;

/**
 * offset and size of one page of a list field, refused (not clamped) when out of range, so a client
 * never gets a shorter answer than it asked for without being told.
 */
export function pageOf(field: string, args: { first?: number | null; offset?: number | null }, dflt: number): { offset: number; first: number } {
  const first = args.first ?? dflt;
  const offset = args.offset ?? 0;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`${field}(first) must be from 0 to ${MAX_PAGE_SIZE}, got ${first}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (!Number.isInteger(offset) || offset < 0) throw new GraphQLError(`${field}(offset) must be 0 or more, got ${offset}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return { offset, first };
}
