import type { Plugin } from 'graphql-yoga';
import { codedError } from './errors.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Counts how deep JSON text nests arrays and objects, a chunk at a time, and says when it passes `max`.
 * A body of millions of `[` cost JSON.parse seconds of blocked event loop; this refuses it after its
 * first chunk, before the rest is read or decoded.
 */
export class NestingCounter {
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly max: number) {}

  /** Scans the next piece of text; true once nesting has passed the limit. */
  tooDeep(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
      } else if (c === QUOTE) {
        this.inString = true;
      } else if (c === 0x5b || c === 0x7b) { // [ {
        if (++this.depth > this.max) return true;
      } else if (c === 0x5d || c === 0x7d) { // ] }
        this.depth--;
      }
    }
    return false;
  }
}

export function nestsDeeperThan(text: string, max: number): boolean {
  return new NestingCounter(max).tooDeep(text);
}

const isJsonPost = (request: Request) => request.method === 'POST' && /^application\/(graphql\+)?json\b/i.test(request.headers.get('content-type') ?? '');

/** The body as text, its nesting checked chunk by chunk as it arrives. */
async function boundedText(request: Request, maxDepth: number): Promise<string> {
  const counter = new NestingCounter(maxDepth);
  const decoder = new TextDecoder();
  const parts: string[] = [];
  const reader = request.body?.getReader();
  if (!reader) return '';
  for (;;) {
    const { done, value } = await reader.read();
    const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
    if (counter.tooDeep(text)) {
      void reader.cancel().catch(() => {});
      throw codedError(`request JSON is nested deeper than ${maxDepth} levels (MAX_JSON_DEPTH)`, 'BAD_REQUEST');
    }
    parts.push(text);
    if (done) return parts.join('');
  }
}

/** Parses GraphQL POST bodies after a cheap check of their nesting; anything else keeps yoga's parser. */
export function useBoundedJson(maxDepth: number): Plugin {
  const parse = async (request: Request) => {
    const text = await boundedText(request, maxDepth);
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
