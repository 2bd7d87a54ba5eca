// The explorer's only way to data: the public GraphQL endpoint, with the named operations the
// server put in the page (src/server/explore/explore-queries.ts).
const config = JSON.parse(document.getElementById('explore-config').textContent);

export const networkPageSize = config.networkPageSize;

/** An answer with GraphQL errors, or no answer: its message is shown to the user as is. */
export class ApiError extends Error {
  constructor(message, code = null) {
    super(message);
    this.code = code;
  }
}

// With READS_REQUIRE_KEY the API wants a key for queries too: the user gives it once per tab
// (sessionStorage: gone when the tab closes, never in the URL).
const KEY_ITEM = 'consultations-explorer-key';
export const hasKey = () => Boolean(sessionStorage.getItem(KEY_ITEM));
export const useKey = (key) => sessionStorage.setItem(KEY_ITEM, key);

/** Runs one named operation; resolves to its `data`. */
export async function ask(operationName, variables) {
  let response;
  try {
    response = await fetch(config.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(hasKey() ? { authorization: `Bearer ${sessionStorage.getItem(KEY_ITEM)}` } : {}),
      },
      body: JSON.stringify({ query: config.queries[operationName], operationName, variables }),
    });
  } catch (error) {
    throw new ApiError(`The API did not answer (${error.message}).`);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered ${response.status} without JSON.`);
  }
  if (body.errors && body.errors.length > 0) {
    throw new ApiError(body.errors.map((e) => e.message).join(' '), body.errors[0].extensions?.code ?? null);
  }
  if (!body.data) throw new ApiError(`The API answered ${response.status} without data.`);
  return body.data;
}

/**
 * A subscription over Server-Sent Events (graphql-sse's browser client, served by the API from
 * npm): `onData` gets each event's data, `onState` the connection's state ('connecting',
 * 'connected', 'off') with a reason when it stops. Returns a function that ends it.
 */
export function subscribe(operationName, { onData, onState }) {
  const client = graphqlSse.createClient({
    url: config.stream,
    retryAttempts: 3,
    headers: () => (hasKey() ? { authorization: `Bearer ${sessionStorage.getItem(KEY_ITEM)}` } : {}),
  });
  const stop = client.subscribe({ query: config.subscriptions[operationName], operationName }, {
    next: (result) => {
      if (result.errors && result.errors.length > 0) onState('off', result.errors.map((e) => e.message).join(' '));
      else onData(result.data);
    },
    error: (error) => onState('off', error instanceof Error ? error.message : 'the live feed stopped'),
    complete: () => onState('off', 'the server ended the live feed'),
  }, {
    connecting: () => onState('connecting'),
    connected: () => onState('connected'),
  });
  return () => {
    stop();
    client.dispose();
  };
}
