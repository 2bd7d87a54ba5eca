import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config/config';
import { EmbeddedNeo4j, freePort } from '../../src/graph/neo4j-process';
import { startTestApi, TestApi } from '../support/test-api';

/** A Neo4j of this test's own, so stopping it does not disturb the rest of the suite. */
describe('the API when its Neo4j stops and restarts', () => {
  let dataDir: string;
  let port: number;
  let neo4j: EmbeddedNeo4j;
  let api: TestApi;

  const startNeo4j = () =>
    EmbeddedNeo4j.start({ root: projectRoot(), dataDir, port, heap: '512m', pageCache: '64m', startupTimeoutMs: 180_000 });

  const readiness = async () => {
    const response = await fetch(`${api.base}/health/ready`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consultations-restart-'));
    port = await freePort();
    neo4j = await startNeo4j();
    api = await startTestApi({ NEO4J_URI: neo4j.uri, NEO4J_CONNECT_TIMEOUT_MS: '1000' });
  });

  afterAll(async () => {
    await api?.stop();
    await neo4j?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('turns /health/ready to 503 while Neo4j is down and back to 200 after it restarts, keeping written data', async () => {
    const marker = `restart-${Date.now()}`;
    await api.service.graph.write('CREATE (:RestartProbe {marker: $marker})', { marker });
    expect((await readiness()).status).toBe(200);

    await neo4j.stop();
    const down = await readiness();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', reason: expect.stringMatching(/Neo4j is not answering/) });

    neo4j = await startNeo4j();
    // The driver reconnects by itself: the API is not restarted.
    let up = await readiness();
    for (let attempt = 0; up.status !== 200 && attempt < 50; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      up = await readiness();
    }
    expect(up.status).toBe(200);

    const rows = await api.service.graph.read<{ marker: string }>(
      'MATCH (p:RestartProbe {marker: $marker}) RETURN p.marker AS marker',
      { marker },
    );
    expect(rows).toEqual([{ marker }]);
  });
});
