import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config/config';
import { Graph } from '../src/graph/graph';
import { migrate } from '../src/graph/migrations/migrate';
import { EmbeddedNeo4j, freePort } from '../src/graph/neo4j-process';
import { waitForNeo4j } from '../src/graph/wait-for-neo4j';
import { BulkImportSummary } from '../src/import/bulk/bulk-import';
import { bulkLoadOffline, canBulkLoad, findDataset, finishBulkLoad, loadOnline } from './dataset';
import { load } from './load';
import { startFlags, startServer } from './processes';
import { QUESTIONS } from './questions';
import { chart, peerRatio, QuestionResult, ratio, table } from './report';
import { sampleParams } from './sample-params';
import { Settler } from './settle';

const USAGE = 'usage: npm run bench -- --events 10000|100000|1000000 [--seed S] [--duration SECONDS] [--connections N] [--batch-size N] [--load bulk|online]';

/**
 * `npm run bench`: loads (or reuses) a generated dataset into a Neo4j (embedded under .bench/, or
 * NEO4J_URI), starts the API and the raw-Cypher floor as their own processes, drives each headline
 * question at a fixed concurrency with autocannon, prints a table and, as the last line, one JSON
 * object; writes bench/results/<events>.json and .svg.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '16' },
      'batch-size': { type: 'string', default: '2000' },
      load: { type: 'string', default: 'bulk' },
    },
  });
  if (values.load !== 'bulk' && values.load !== 'online') throw new Error(USAGE);
  const [events, seed, duration, connections, batchSize] = [values.events, values.seed, values.duration, values.connections, values['batch-size']].map(Number);
  if (![events, seed, duration, connections, batchSize].every((n) => Number.isInteger(n) && n > 0)) throw new Error(USAGE);
  const root = projectRoot();
  const log = (line: string) => process.stderr.write(`${line}\n`);

  let embedded: EmbeddedNeo4j | undefined;
  let uri = process.env.NEO4J_URI;
  let offline: BulkImportSummary | undefined;
  const loadStarted = performance.now();
  if (!uri) {
    const dataDir = path.join(root, '.bench', `neo4j-${events}-s${seed}`);
    // A fresh data directory is loaded offline before Neo4j starts (the fast path for a first load).
    if (values.load === 'bulk' && canBulkLoad(dataDir)) offline = await bulkLoadOffline(root, dataDir, events, seed, log);
    embedded = await EmbeddedNeo4j.start({
      root,
      dataDir,
      port: await freePort(),
      heap: process.env.NEO4J_EMBEDDED_HEAP ?? '2g',
      // Large enough for the 1M-event store to stay in memory, as a production server's would.
      pageCache: process.env.NEO4J_EMBEDDED_PAGECACHE ?? '4g',
      startupTimeoutMs: 300_000,
      txTimeoutMs: 600_000,
      log,
    });
    uri = embedded.uri;
  }
  const graph = Graph.connect({ uri, database: 'neo4j' }, { maxPoolSize: 20, connectTimeoutMs: 10_000, txTimeoutMs: 600_000 });
  const servers: Array<{ stop(): Promise<void> }> = [];
  try {
    await waitForNeo4j(graph, { timeoutMs: 300_000 });
    const dataset =
      (offline && (await finishBulkLoad(graph, offline, { events, seed, startedAt: loadStarted, batchSize }))) ??
      (await findDataset(graph, events, seed)) ??
      (await loadOnline(graph, events, seed, batchSize));
    await migrate(graph);
    log(`dataset: ${events} events, ${dataset.load} load: ${dataset.importEventsPerSecond} events/s (${dataset.importSeconds} s: ${dataset.breakdown})`);
    const samples = await sampleParams(graph);
    if (samples.length === 0) throw new Error('no parameters could be sampled from the dataset');

    const env = { NEO4J_URI: uri, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'production' };
    const api = await startServer(path.join(root, 'dist', 'src', 'main.js'), env, /READY: GraphQL API and IDE at (\S+)/, (m) => m[1], startFlags(root));
    servers.push(api);
    const raw = await startServer(path.join(root, 'dist', 'bench', 'raw-server.js'), env, /RAW_READY (\d+)/, (m) => `http://127.0.0.1:${m[1]}`);
    servers.push(raw);
    const peer = await startServer(path.join(root, 'dist', 'bench', 'peer-server.js'), env, /PEER_READY (\d+)/, (m) => `http://127.0.0.1:${m[1]}/graphql`);
    servers.push(peer);

    const settler = new Settler(uri);
    servers.push({ stop: () => settler.close() });
    // Each measured run starts on a quiet database (see settle.ts); what had to be stopped is logged.
    const quiet = async (before: string) => {
      const stopped = await settler.settle();
      if (stopped > 0) log(`before ${before}: terminated ${stopped} transaction(s) still running from the run before`);
    };
    const results: QuestionResult[] = [];
    for (const question of QUESTIONS) {
      const ourBodies = samples.map((s) => JSON.stringify(question.graphql(s)));
      const rawBodies = samples.map((s) => JSON.stringify(question.cypherParams(s)));
      // Warm-up: plans cached, pages in memory, JIT warm, for both.
      await load(api.url, ourBodies, connections, 2);
      await load(`${raw.url}/${question.key}`, rawBodies, connections, 2);
      await quiet(`(${question.key}) ours`);
      const sampler = setInterval(() => api.sampleRss(), 200);
      const ours = await load(api.url, ourBodies, connections, duration);
      clearInterval(sampler);
      await quiet(`(${question.key}) raw`);
      const floor = await load(`${raw.url}/${question.key}`, rawBodies, connections, duration);
      let peerResult;
      if (question.peer) {
        const peerBodies = samples.map((s) => JSON.stringify(question.peer!(s)));
        await load(peer.url, peerBodies, connections, 2);
        await quiet(`(${question.key}) peer`);
        peerResult = await load(peer.url, peerBodies, connections, duration);
      }
      results.push({ question, ours, raw: floor, peer: peerResult });
      log(`(${question.key}) ours ${ours.requestsPerSecond} req/s, raw ${floor.requestsPerSecond} req/s, peer ${peerResult?.requestsPerSecond ?? '-'} req/s`);
    }

    const summary = {
      events,
      commit: gitCommit(root),
      ours_vs_raw: Number(Math.min(...results.map((r) => ratio(r.ours, r.raw))).toFixed(2)),
      ours_vs_peer: peerRatio(results),
      // Per question: ours/raw and ours/peer (null where the peer cannot express it).
      ratios: Object.fromEntries(results.map((r) => [r.question.key, { raw: Number(ratio(r.ours, r.raw).toFixed(2)), peer: r.peer ? Number(ratio(r.ours, r.peer).toFixed(2)) : null }])),
      p99_ms: Object.fromEntries(results.map((r) => [r.question.key, r.ours.p99])),
      p50_ms: Object.fromEntries(results.map((r) => [r.question.key, r.ours.p50])),
      import_events_per_s: dataset.importEventsPerSecond,
      rss_mb: api.peakRssMb,
    };
    const dir = path.join(root, 'bench', 'results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, `${events}.json`),
      `${JSON.stringify({ ...summary, import: dataset, connections, durationSeconds: duration, questions: results.map((r) => ({ key: r.question.key, title: r.question.title, ours: r.ours, raw: r.raw, peer: r.peer ?? null, peerCannot: r.question.peerCannot ?? null })) }, null, 2)}\n`,
    );
    fs.writeFileSync(path.join(dir, `${events}.svg`), chart(results, events));
    process.stdout.write(`\n${table(results)}\n\nAPI peak RSS ${api.peakRssMb} MB; import ${dataset.importEventsPerSecond} events/s (${dataset.load}: ${dataset.breakdown}).\n${results.filter((r) => r.question.peerCannot).map((r) => `peer cannot express (${r.question.key}): ${r.question.peerCannot}`).join('\n')}\n`);
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } finally {
    for (const server of servers) await server.stop();
    await graph.close();
    await embedded?.stop();
  }
}

/** The commit measured, so figures name the code they came from ('unknown' outside a git checkout). */
function gitCommit(root: string): string {
  try {
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim() + (dirty ? '+changes' : '');
  } catch {
    return 'unknown';
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
