import { RECORD_CONSULTATION } from '../support/editor';
import { editorSuite } from '../support/editor-suite';

/** Issue 16, item 8: what a client writes is NFC; names lose invisible format characters; broken text is refused, nothing written. */
const EDITOR_KEY = 'editor-key-for-text-hygiene-tests';
const suite = editorSuite(EDITOR_KEY, { resetAfter: true });

const record = (names: string[], source: string) =>
  suite.send(RECORD_CONSULTATION, {
    input: {
      kind: 'POLITICAL_CONSULTATIONS',
      date: '2018-05-05',
      countries: ['AZ', 'MT'],
      participants: names.map((name) => ({ name, country: 'AZ', rank: 'DIRECTOR_GENERAL', sources: [{ source }] })),
      sources: [{ id: source, language: 'en', title: 'A report written for the text hygiene tests' }],
    },
  });
const officials = () => suite.graph.read<{ n: number }>('MATCH (o:Official) RETURN count(o) AS n').then((r) => r[0].n);

it('refuses a lone surrogate and a name without a letter, naming each, and writes nothing', async () => {
  const before = await officials();
  const answer = await record(['\ud800\u202eX', '-.- ,,, ..'], 'hygiene-refused');
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  const fields = answer.errors![0].extensions.fields.map((f: any) => f.field);
  expect(fields).toEqual(expect.arrayContaining([expect.stringMatching(/participants\[0\]\.name/), expect.stringMatching(/participants\[1\]\.name/)]));
  expect(answer.errors![0].message).toMatch(/lone surrogate/);
  expect(answer.errors![0].message).toMatch(/must contain a letter/);
  expect(await officials()).toBe(before);
  expect((await suite.graph.read('MATCH (s:Source {id: "hygiene-refused"}) RETURN s')).length).toBe(0);
});

it('stores names NFC, without bidi overrides or zero-width characters, and finds them by the plain spelling', async () => {
  const answer = await record(['\u202eSe\u0301rgio\u200b Mu\u0308ller\u2069'], 'hygiene-cleaned');
  expect(answer.errors).toBeUndefined();
  const [stored] = await suite.graph.read<{ name: string }>("MATCH (o:Official) WHERE o.name CONTAINS 'rgio' RETURN o.name AS name");
  expect(stored.name).toBe('Sérgio Müller');
  expect(stored.name).toBe(stored.name.normalize('NFC'));
  const found = await suite.api.graphql<{ officials: { edges: Array<{ node: { name: string } }> } }>('{ officials(name: "Sérgio Müller") { edges { node { name } } } }');
  expect(found.data!.officials.edges.map((e) => e.node.name)).toContain('Sérgio Müller');
});

it('bounds every string argument: a 990,000-character participant filter is refused', async () => {
  const query = 'query($p: String) { consultations(filter: { participant: $p }) { totalCount } }';
  // Over the cost limit (each character of an argument counts): refused before anything runs.
  const huge = await suite.api.graphql(query, { p: 'x'.repeat(990_000) });
  expect(huge.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT', limit: 'maxCost' });
  // Within it, the field's own limit names the argument.
  const long = await suite.api.graphql(query, { p: 'x'.repeat(5_000) });
  expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(long.errors)).toMatch(/participant/);
});
