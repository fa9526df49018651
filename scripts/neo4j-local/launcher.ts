// Starts the Neo4j of neo4j-local/ (a Java launcher over Maven Central's org.neo4j:neo4j) and waits
// for its Bolt URI. Used by `npm run neo4j`, the test runner and the Neo4j benchmark.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = fileURLToPath(new URL('../../neo4j-local/', import.meta.url));
export const LAUNCHER_JAR = `${LAUNCHER_DIR}target/neo4j-local.jar`;

export interface LocalNeo4j {
  uri: string;
  process: ChildProcess;
  /** SIGTERM, then the clean shutdown of the DBMS; resolves when the JVM has exited. */
  stop(): Promise<void>;
}

export interface StartOptions {
  dir: string;
  port: number;
  user?: string;
  password?: string;
  /** JVM heap, as -Xmx takes it. */
  heap?: string;
  pagecache?: string;
  /** Stop when our stdin pipe closes: a parent that dies takes the server with it. */
  stopWithParent?: boolean;
  /** Where the server's own log lines go (default: inherited stderr). */
  log?: 'inherit' | 'ignore';
}

const has = (cmd: string) => spawnSync(cmd, ['-version'], { stdio: 'ignore' }).status === 0;

/** Why a local Neo4j cannot start here, or null when it can (java, and the jar or mvn to build it). */
export function unavailableReason(): string | null {
  if (!has('java')) return 'no java on PATH';
  if (!jarIsFresh() && !has('mvn')) return 'no mvn on PATH to build neo4j-local/';
  return null;
}

/** The jar is rebuilt when the launcher's pom or source is newer than it. */
function jarIsFresh(): boolean {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(`${LAUNCHER_DIR}target/lib`)) return false;
  const built = statSync(LAUNCHER_JAR).mtimeMs;
  const src = `${LAUNCHER_DIR}src/main/java/shabaka/`;
  const inputs = [`${LAUNCHER_DIR}pom.xml`, ...readdirSync(src).map((f) => src + f)];
  return inputs.every((f) => statSync(f).mtimeMs <= built);
}

/** Builds neo4j-local/target/neo4j-local.jar with Maven once; later calls find it fresh and return. */
export function ensureJar(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
  if (jarIsFresh()) return;
  log('neo4j-local: building the launcher with Maven (first run: downloads Neo4j from Maven Central, about 125 MB)');
  const r = spawnSync('mvn', ['-B', '-q', '-f', `${LAUNCHER_DIR}pom.xml`, 'package'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`neo4j-local: mvn package failed (exit ${r.status}); see the Maven output above`);
}

/** Starts the server and resolves with its Bolt URI once it accepts connections. */
export async function startLocalNeo4j(o: StartOptions): Promise<LocalNeo4j> {
  ensureJar();
  const env = { ...process.env, NEO4J_USER: o.user ?? 'neo4j', NEO4J_PASSWORD: o.password ?? '', NEO4J_LOCAL_PAGECACHE: o.pagecache ?? '256m' };
  // The initial heap is the maximum, as Neo4j asks (its debug log warns otherwise): the heap is not
  // grown and shrunk, with full collections, while a benchmark or a test suite loads it.
  const heap = o.heap ?? '1g';
  const args = [`-Xms${heap}`, `-Xmx${heap}`, '-XX:+ExitOnOutOfMemoryError', '-jar', LAUNCHER_JAR, 'serve', '--dir', o.dir, '--port', String(o.port)];
  if (o.stopWithParent) args.push('--stop-on-eof');
  const child = spawn('java', args, { env, stdio: ['pipe', 'pipe', o.log ?? 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const uri = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /^(bolt:\/\/\S+)$/m.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('error', reject);
    void exited.then((code) => reject(new Error(`neo4j-local exited with code ${code} before it was ready`)));
  });
  return {
    uri,
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
