import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * One full collection, now. Loading a large embedded store leaves gigabytes of garbage (the parsed
 * snapshot lines); left to the collector, it is marked incrementally while the first requests wait,
 * in steps of hundreds of milliseconds. Done once before the port opens, it costs a single pause.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * V8 flags a server process starts with. After a full collection and after each lull, V8's memory
 * reducer ran up to three more full collections to shrink the heap; with the embedded store the heap
 * is the store, so they freed nothing, and their marking (steps of 15 to 200 ms on a 0.7 GB heap)
 * fell on the next requests. The flag is read when the heap is set up, so it is given on the command
 * line: to forked workers here, and in `npm start`, the Dockerfile and the API benchmark.
 */
export const SERVER_V8_FLAGS = ['--no-memory-reducer'];
