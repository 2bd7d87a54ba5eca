import { RECORD_CONSULTATION } from '../support/editor';
import { editorSuite } from '../support/editor-suite';

/**
 * Issue 16, item 6: merges that race stay exact. The same merge sent several times at once is
 * one merge with one audit record; two opposite merges sent at once: one wins, the other gets
 * NOT_FOUND; never an internal error, never a Neo4j message.
 */
const EDITOR_KEY = 'editor-key-for-merge-race-tests';
const MERGE = 'mutation($keep: ID!, $remove: ID!) { mergeOfficials(keep: $keep, remove: $remove) { id aliases } }';
const PEOPLE = [
  ['Rauf Quliyev', 'Kamran Abbasov'],
  ['Tural Nasirov', 'Elnur Hasanli'],
  ['Vusal Karimli', 'Ramin Safarov'],
  ['Orkhan Jafarli', 'Farid Musayev'],
];

const suite = editorSuite(EDITOR_KEY, { resetAfter: true });

/** Two AZ officials, each heading a delegation at an event of their own; their ids. */
async function twoOfficials(pair: number): Promise<[string, string]> {
  const ids: string[] = [];
  for (const [i, name] of PEOPLE[pair].entries()) {
    const source = `merge-race-${pair}-${i}`;
    const answer = await suite.send(RECORD_CONSULTATION, {
      input: {
        kind: 'POLITICAL_CONSULTATIONS',
        date: `2019-0${pair + 1}-1${i}`,
        countries: ['AZ', 'MT'],
        participants: [{ name, country: 'AZ', rank: 'DIRECTOR_GENERAL', sources: [{ source }] }],
        sources: [{ id: source, language: 'en', title: 'A report written for the merge race tests' }],
      },
    });
    expect(answer.errors).toBeUndefined();
    const [row] = await suite.graph.read<{ id: string }>('MATCH (o:Official {name: $name}) RETURN o.id AS id', { name });
    ids.push(row.id);
  }
  return [ids[0], ids[1]];
}

const merges = (keptId: string, removedId: string) =>
  suite.graph.read<{ n: number }>("MATCH (a:AuditEntry {action: 'MERGE_OFFICIALS'}) WHERE a.targetIds = [$keptId, $removedId] RETURN count(a) AS n", { keptId, removedId }).then((r) => r[0].n);
const exists = (id: string) => suite.graph.read<{ n: number }>('MATCH (o:Official {id: $id}) RETURN count(o) AS n', { id }).then((r) => r[0].n === 1);

function expectClean(answers: Array<{ errors?: Array<{ message: string; extensions: any }> }>) {
  for (const answer of answers) {
    expect(JSON.stringify(answer)).not.toMatch(/Neo4j|Neo\.|Forseti|NODE\(|Unable to load|stacktrace/);
    for (const error of answer.errors ?? []) expect(['NOT_FOUND', 'CONFLICT']).toContain(error.extensions.code);
  }
}

it('makes the same merge sent five times at once once, with one audit record', async () => {
  for (const pair of [0, 1]) {
    const [keep, remove] = await twoOfficials(pair);
    const answers = await Promise.all(Array.from({ length: 5 }, () => suite.send(MERGE, { keep, remove })));
    expectClean(answers);
    expect(answers.filter((a) => a.data?.mergeOfficials?.id === keep).length).toBeGreaterThanOrEqual(1);
    expect(await merges(keep, remove)).toBe(1);
    expect(await exists(remove)).toBe(false);
    const [kept] = await suite.graph.read<{ events: number }>('MATCH (:Official {id: $keep})<-[:OF]-(p:Participation) RETURN count(p) AS events', { keep });
    expect(kept.events).toBe(2);
  }
});

it('lets one of two opposite merges sent at once win; the other gets NOT_FOUND', async () => {
  for (const pair of [2, 3]) {
    const [a, b] = await twoOfficials(pair);
    const answers = await Promise.all([suite.send(MERGE, { keep: a, remove: b }), suite.send(MERGE, { keep: b, remove: a })]);
    expectClean(answers);
    const won = answers.filter((x) => x.data?.mergeOfficials);
    expect(won).toHaveLength(1);
    const winner = won[0].data.mergeOfficials.id as string;
    const loser = winner === a ? b : a;
    expect(answers.find((x) => x.errors)?.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await exists(winner)).toBe(true);
    expect(await exists(loser)).toBe(false);
    expect((await merges(winner, loser)) + (await merges(loser, winner))).toBe(1);
  }
});
