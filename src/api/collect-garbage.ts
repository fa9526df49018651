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
