import type { Plugin } from 'graphql-yoga';
import { codedError } from './errors.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether JSON text nests deeper than `max` arrays and objects, by one pass over its characters that
 * stops at the first level too deep. A body of millions of `[` cost JSON.parse seconds of blocked
 * event loop; this refuses it after reading max + 1 characters of it.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) { // [ {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) { // ] }
      depth--;
    }
  }
  return false;
}

const isJsonPost = (request: Request) => request.method === 'POST' && /^application\/(graphql\+)?json\b/i.test(request.headers.get('content-type') ?? '');

/** Parses GraphQL POST bodies after a cheap check of their nesting; anything else keeps yoga's parser. */
export function useBoundedJson(maxDepth: number): Plugin {
  const parse = async (request: Request) => {
    const text = await request.text();
    if (nestsDeeperThan(text, maxDepth)) throw codedError(`request JSON is nested deeper than ${maxDepth} levels (MAX_JSON_DEPTH)`, 'BAD_REQUEST');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (e) {
      throw codedError(`POST body is not valid JSON (${(e as Error).message.slice(0, 200)})`, 'BAD_REQUEST');
    }
    if (body === null || typeof body !== 'object') throw codedError('POST body must be a JSON object with a "query"', 'BAD_REQUEST');
    return body as Record<string, unknown>;
  };
  return {
    onRequestParse({ request, setRequestParser }) {
      if (isJsonPost(request)) setRequestParser(parse as never);
    },
  };
}
