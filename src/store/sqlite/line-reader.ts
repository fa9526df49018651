import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * The lines of a file, read a chunk at a time: a snapshot of a large store is more than the longest
 * string V8 can hold (about 512 MB), so it is never read whole. The last line is given even without
 * a newline; a reader of a journal decides whether a torn line counts.
 */
export function* readLines(path: string, chunkBytes = 8 * 1024 * 1024): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(chunkBytes);
    // A multi-byte character split across two chunks is joined by the decoder, not mangled.
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (;;) {
      const n = readSync(fd, buf, 0, chunkBytes, null);
      if (n === 0) break;
      const text = rest + decoder.write(buf.subarray(0, n));
      const lines = text.split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    rest += decoder.end();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}
