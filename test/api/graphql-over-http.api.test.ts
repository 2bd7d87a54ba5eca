import { serverAudits } from 'graphql-http';
import { startTestApi, TestApi } from '../support/test-api';

/**
 * The GraphQL-over-HTTP audit of the graphql-http package (the spec's reference suite), one test
 * per audit: every MUST and SHOULD passes with no error and no warning. Three MAY audits end in a
 * notice, by design: they send GET queries without a preflight header, which CSRF prevention
 * refuses (a GET is a request any web page can make a browser send).
 */
const REFUSED_BY_CSRF_PREVENTION = [
  'MAY accept application/x-www-form-urlencoded formatted GET requests',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
];
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const audits = serverAudits({ url: () => `${api.base}/graphql`, fetchFn: fetch });

it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (name, audit) => {
  const result = await audit.fn();
  const expected = REFUSED_BY_CSRF_PREVENTION.includes(name) ? 'notice' : 'ok';
  expect({ status: result.status, reason: result.status === expected || result.status === 'ok' ? undefined : result.reason }).toEqual({ status: expected, reason: undefined });
});
