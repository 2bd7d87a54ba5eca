import { Router } from 'express';
import { Graph } from '../graph';
import { Readiness } from './readiness';

/**
 * `/health/live`: the process can serve, now or once its Neo4j is back (for a restart policy):
 * 503 once the embedded Neo4j could not be restarted (the process then exits non-zero). It is
 * answered by the event loop alone, so it also tells whether that loop is free.
 * `/health/ready`: started and Neo4j answers (for a load balancer); 503 with the reason otherwise.
 */
export function healthRoutes(graph: Graph, readiness: Readiness): Router {
  const router = Router();
  const started = Date.now();
  router.get('/health/live', (_req, res) => {
    res.set('Cache-Control', 'no-store');
    const uptimeSeconds = Math.round((Date.now() - started) / 1000);
    const failed = readiness.failedBecause;
    if (failed !== null) res.status(503).json({ status: 'failed', reason: failed, uptimeSeconds });
    else res.json({ status: 'live', uptimeSeconds });
  });
  router.get('/health/ready', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (!readiness.isReady) {
      res.status(503).json({ status: 'starting', reason: readiness.waitingFor });
      return;
    }
    const answer = await graph.ping();
    if (answer.ok) res.json({ status: 'ready', neo4j: { reachable: true, version: answer.version } });
    else res.status(503).json({ status: 'unavailable', reason: `Neo4j is not answering: ${answer.reason}` });
  });
  return router;
}
