import { TestApi } from './test-api';

/** A GraphQL request with an editor (or any) key, over real HTTP; the whole JSON answer. */
export async function sendWithKey(api: TestApi, key: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(api.service.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions: any }> };
}

/** A held round of a pair, from a source of its own (written for the tests), with optional heads. */
export function heldRound(countries: [string, string], date: string, extra: Record<string, unknown> = {}) {
  const source = `analyst-test-${countries.join('-')}-${date}`.toLowerCase();
  return {
    kind: 'POLITICAL_CONSULTATIONS', status: 'HELD', date, countries,
    sources: [{ id: source, language: 'en', title: 'Test report written for this suite' }],
    ...extra,
  };
}

export const RECORD_CONSULTATION = 'mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { id } }';
