import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

/**
 * Fixed-concurrency load with autocannon: `connections` clients POST bodies cycling through the
 * sampled parameters for `seconds`. Non-2xx answers and GraphQL errors count as errors.
 */
export async function load(url: string, bodies: string[], connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  let next = 0;
  let errors = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        setupRequest: (request) => ({ ...request, body: bodies[(next += 1) % bodies.length] }),
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.includes('"errors"') || body.includes('"error"')) errors += 1;
        },
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // A failed answer is counted once, whether seen as non-2xx or as an error body.
    errors: Math.max(errors, result.non2xx) + result.errors,
    requests: result.requests.total,
  };
}
