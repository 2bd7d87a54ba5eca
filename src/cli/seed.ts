import { loadSeed } from '../../seed/load-seed';
import { runWithGraph } from './with-graph';

/** `npm run seed`: migrations, then the curated facts (idempotent), against the configured or embedded Neo4j. */
runWithGraph(async (graph) => {
  const summary = await loadSeed(graph);
  process.stdout.write(`Seed loaded: ${summary.consultations} consultations, ${summary.relations} diplomatic relations, ${summary.agreements} agreements\n`);
  return 0;
});
