#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by `npm run build`, which `npm install` runs as `prepare`).
// A served API runs graphql-js in production mode unless told otherwise: its development-mode checks
// cost about a sixth of each request. It must be set before graphql is loaded, hence here.
if (process.argv[2] === 'serve' && !process.env.NODE_ENV) process.env.NODE_ENV = 'production';

/**
 * Exits once stdout and stderr have handed everything to the OS: writes to a pipe are asynchronous,
 * and process.exit() at once cut `shabaka extract ... | wc -c` at the pipe's 64 KB.
 */
function exitAfterOutput(code) {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2))).then(
  (code) => exitAfterOutput(code ?? 0),
  (err) => {
    console.error(`shabaka: ${err instanceof Error ? err.message : String(err)}`);
    exitAfterOutput(2);
  },
);
