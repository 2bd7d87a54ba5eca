// The explorer's only way to data: the public GraphQL endpoint, with the named operations the
// server put in the page (src/server/explore/explore-queries.ts).
const config = JSON.parse(document.getElementById('explore-config').textContent);

export const networkPageSize = config.networkPageSize;

/** An answer with GraphQL errors, or no answer: its message is shown to the user as is. */
export class ApiError extends Error {}

/** Runs one named operation; resolves to its `data`. */
export async function ask(operationName, variables) {
  let response;
  try {
    response = await fetch(config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
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
  if (body.errors && body.errors.length > 0) throw new ApiError(body.errors.map((e) => e.message).join(' '));
  if (!body.data) throw new ApiError(`The API answered ${response.status} without data.`);
  return body.data;
}
