import { hashApiKey } from '../../src/auth/api-keys';
import { Graph } from '../../src/graph/graph';
import { sendWithKey } from './editor';
import { resetToSeed } from './seeded-graph';
import { connectTestGraph } from './test-graph';
import { startTestApi, TestApi } from './test-api';

export interface EditorSuite {
  api: TestApi;
  graph: Graph;
  /** A GraphQL request with the suite's editor key, over real HTTP. */
  send: (query: string, variables?: Record<string, unknown>) => ReturnType<typeof sendWithKey>;
}

/**
 * The set-up of a suite that writes: the graph reset to the seed, the compiled API started with
 * the suite's own editor key, both closed after the suite (and the seed put back when
 * `resetAfter`, for suites whose writes would confuse later files). Called at a describe's top level.
 */
export function editorSuite(editorKey: string, options: { resetAfter?: boolean } = {}): EditorSuite {
  const suite = { send: (query: string, variables: Record<string, unknown> = {}) => sendWithKey(suite.api, editorKey, query, variables) } as EditorSuite;
  beforeAll(async () => {
    await resetToSeed();
    suite.graph = connectTestGraph();
    suite.api = await startTestApi({ EDITOR_API_KEY_HASHES: hashApiKey(editorKey) });
  });
  afterAll(async () => {
    await suite.api?.stop();
    await suite.graph?.close();
    if (options.resetAfter) await resetToSeed();
  });
  return suite;
}
