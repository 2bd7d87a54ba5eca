import { Graph } from './graph';

/**
 * Waits until Neo4j answers, retrying with exponential backoff (a compose service or a cluster
 * may still be starting). Resolves on the first answer; rejects with the last reason after `timeoutMs`.
 */
export async function waitForNeo4j(
  graph: Graph,
  options: { timeoutMs: number; onRetry?: (reason: string, delayMs: number) => void },
): Promise<string> {
  const deadline = Date.now() + options.timeoutMs;
  let delay = 250;
  for (;;) {
    const answer = await graph.ping(5_000);
    if (answer.ok) return answer.version;
    if (Date.now() + delay > deadline) {
      throw new Error(`Neo4j did not answer within ${options.timeoutMs} ms: ${answer.reason}`);
    }
    options.onRetry?.(answer.reason, delay);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 5_000);
  }
}
