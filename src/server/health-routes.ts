import { Router } from 'express';
import { Graph } from '../graph';
import { Readiness } from './readiness';

/**
 * `/health/live`: the process is up (for a restart policy).
 * `/health/ready`: started and Neo4j answers (for a load balancer); 503 with the reason otherwise.
 */
export function healthRoutes(graph: Graph, readiness: Readiness): Router {
  const router = Router();
  const started = Date.now();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'live', uptimeSeconds: Math.round((Date.now() - started) / 1000) });
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
