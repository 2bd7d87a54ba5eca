import 'reflect-metadata';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/config/logger';
import { RunningService, startService } from '../../src/service';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

export interface TestApi {
  service: RunningService;
  base: string;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** The real service on a free port, against the suite's Neo4j (or `env` overrides), over real HTTP. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'warn',
    EXPOSE_QUERY_STATS: 'true',
    NODE_ENV: 'test',
    ...env,
  });
  const service = await startService(config, createLogger(config.logLevel, 'test-api'));
  const base = service.url.replace(/\/graphql$/, '');
  return {
    service,
    base,
    async graphql(query, variables) {
      const response = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as GraphQLResponse<never>;
    },
    stop: () => service.stop(),
  };
}
