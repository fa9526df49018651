import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';

// This machine and CI have no Docker: the compose file and the Dockerfile are checked as text
// against the deployment rules of the README (Running with Neo4j).
const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8');
const compose = parse(read('docker-compose.yml')) as { services: Record<string, { image?: string; ports?: string[]; environment?: Record<string, string> }> };

test('compose publishes ports on 127.0.0.1 unless BIND_ADDRESS says otherwise', () => {
  for (const [name, s] of Object.entries(compose.services)) {
    for (const p of s.ports ?? []) assert.match(p, /^\$\{BIND_ADDRESS:-127\.0\.0\.1\}:\d+:\d+$/, `${name}: ${p}`);
  }
});

test('images are pinned to a release, not a moving major tag', () => {
  const images = [...Object.values(compose.services).map((s) => s.image).filter(Boolean), /^FROM (\S+)/m.exec(read('Dockerfile'))![1]] as string[];
  assert.equal(images.length, 2);
  for (const image of images) assert.match(image, /:\d+\.\d+\.\d+-[a-z]+(-slim)?$/, image);
});

test('Neo4j is given only its built-in user, with the password required; shabaka uses that user', () => {
  const neo4j = compose.services.neo4j!.environment!;
  assert.match(neo4j.NEO4J_AUTH!, /^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]*8 characters/);
  assert.equal(compose.services.shabaka!.environment!.NEO4J_USER, 'neo4j');
  assert.match(read('.env.example'), /NEO4J_PASSWORD=\n/);
  assert.match(read('.env.example'), /at least 8 characters/);
});

test('the app image runs as a non-root user, exposes its port and listens on every interface inside the container', () => {
  const dockerfile = read('Dockerfile');
  assert.match(dockerfile, /^USER node$/m);
  assert.match(dockerfile, /^EXPOSE 4000$/m);
  assert.match(dockerfile, /^ENV HOST=0\.0\.0\.0/m);
  assert.ok(dockerfile.indexOf('USER node') > dockerfile.indexOf('RUN npm ci'), 'installs as root, runs as node');
});

test('.env.example lists every setting the configuration reads', () => {
  const env = read('.env.example');
  const config = read('src/config.ts');
  const names = new Set([...config.matchAll(/env(?:\.|, ')([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]!));
  assert.ok(names.has('HOST') && names.has('CORS_ORIGINS') && names.size > 15);
  for (const n of names) assert.match(env, new RegExp(`^${n}=`, 'm'), n);
});
