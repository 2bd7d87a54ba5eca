import fc from 'fast-check';
import fs from 'node:fs';
import { hashApiKey } from '../../src/auth/api-keys';
import { Graph } from '../../src/graph/graph';
import { migrate } from '../../src/graph/migrations/migrate';
import { sendWithKey } from '../support/editor';
import { wipe } from '../support/seeded-graph';
import { connectTestGraph } from '../support/test-graph';
import { startTestApi, TestApi } from '../support/test-api';
import {
  editCommands,
  ImportCommand,
  DeleteCommand,
  ImportLine,
  LateUndoCommand,
  MergeConsultationsCommand,
  MergeOfficialsCommand,
  Real,
  RecordCommand,
  tmpDirForImports,
  UndoCommand,
  writeCommands,
} from './commands';
import { ParticipantSpec, RecordSpec } from './records';
import { WriteModel } from './reference-model';

const RECORD = 'mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { id participants { official { id } } } }';

/**
 * Issue 15, "Tests that keep it true": random sequences of writes — recordConsultation over HTTP
 * from several sources with partial facts and other spellings of the same people, invalid
 * inputs, JSON Lines imports with bad lines — against the reference model (reference-model.ts).
 * After every step the graph's export must equal the model's. Each run starts from an empty
 * graph. MODEL_RUNS sets the number of runs, MODEL_SEED replays one (fast-check prints it, with MODEL_PATH);
 * MODEL_BUDGET_S stops starting new runs after that many seconds (a loaded machine does fewer
 * runs instead of stretching the suite; the count done is printed).
 */
const EDITOR_KEY = 'write-model-editor-key-for-tests-only';
const RUNS = Number(process.env.MODEL_RUNS ?? 100);
const BUDGET_MS = Number(process.env.MODEL_BUDGET_S ?? 90) * 1000;
// A fixed seed by default: CI runs the same sequences every time, so a red run is a regression, not
// a new draw. MODEL_SEED=random explores fresh sequences; MODEL_PATH (printed with a failing seed)
// replays one counterexample directly.
const SEED = process.env.MODEL_SEED === 'random' ? undefined : Number(process.env.MODEL_SEED ?? 20261202);
const PATH = process.env.MODEL_PATH;

let api: TestApi;
let graph: Graph;
let real: Real;

beforeAll(async () => {
  graph = connectTestGraph();
  await migrate(graph);
  api = await startTestApi({ EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY) });
  real = { graph, send: (query, variables) => sendWithKey(api, EDITOR_KEY, query, variables), tmpDir: tmpDirForImports() };
});

afterAll(async () => {
  await api?.stop();
  await graph?.close();
  if (real) fs.rmSync(real.tmpDir, { recursive: true, force: true });
});

it(`keeps the graph's export equal to the model's over ${RUNS} random write sequences`, async () => {
  const started = Date.now();
  let steps = 0;
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(fc.commands([...writeCommands, ...editCommands], { maxCommands: 8 }), async (commands) => {
      // The budget is kept here, not with fast-check's interruptAfterTimeLimit: that abandons the
      // run in flight, whose writes then land in the next test's graph after its wipe.
      if (Date.now() - started > BUDGET_MS) return;
      await wipe(graph);
      runs += 1;
      steps += [...commands].length;
      await fc.asyncModelRun(() => ({ model: new WriteModel(), real }), commands);
    }),
    { numRuns: RUNS, seed: SEED, path: PATH },
  );
  process.stdout.write(`write model: ${runs} runs (of ${RUNS}), ${steps} steps in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}, 900_000);

/**
 * Found by the model test (seed -1140045363): one source says "round 1" of one event and "the next
 * round" (no number) of another; merging the two made it say "the next round" with number 1, a
 * statement it never made. A round statement is folded whole.
 */
it('merges two events without making a source state a round it did not', async () => {
  await wipe(graph);
  const spec = (date: string, sources: number[], round: Array<[number, number | null]>): RecordSpec => ({
    pair: 0, date, city: null, format: null, status: 'HELD', sources, facts: 0, round, participants: [], idPick: null,
  });
  const commands = [
    new RecordCommand(spec('2022-06-15', [1, 0], [[0, 1]])),
    new ImportCommand([{ spec: spec('2022-06-14', [0, 1], [[1, null]]), bad: null }], 1),
    new MergeConsultationsCommand(0),
  ];
  await fc.asyncModelRun(() => ({ model: new WriteModel(), real }), commands);
});

/**
 * Found by the model test in CI (seed -1565373104): in one import batch, a line waiting behind an
 * earlier line of its series named Khalafov first, but a later line of another pair, written in
 * the first wave, created him under its own spelling. A batch must give what its lines recorded
 * one after another give: the first line's spelling names him.
 */
it('names an official by the first line that names him, whatever wave of its batch writes it', async () => {
  await wipe(graph);
  const line = (pair: number, participants: ParticipantSpec[]): ImportLine => ({
    spec: { pair, date: null, city: null, format: null, status: 'HELD', sources: [0], facts: 0, round: [], participants, idPick: null },
    bad: null,
  });
  const khalafov = (name: number, alias: number | null): ParticipantSpec => ({ person: 0, name, byId: false, alias, title: null, rank: null, cites: null });
  const commands = [new ImportCommand([line(0, []), line(0, [khalafov(0, 0)]), line(2, [khalafov(1, null)])], 3)];
  await fc.asyncModelRun(() => ({ model: new WriteModel(), real }), commands);
});

/**
 * Found by the model test (seed 1353282452): Elmar Mammadov recorded with the Cyrillic alias
 * 'Мамедов Эльмар', then Elnur Mammadov printed as 'Mammadov Elnur'. Name resolution took the
 * last words (Эльмар, Elnur) for surnames that sound alike and made the two one official; a name
 * written surname first now has its given names compared strictly (src/name-matching).
 */
it('keeps Elnur and Elmar Mammadov two officials whatever spellings came first', async () => {
  await wipe(graph);
  const source = { id: 'src-a', language: 'en', title: 'Report src-a written for the model test' };
  const record = (participant: Record<string, unknown>) => ({ kind: 'POLITICAL_CONSULTATIONS', countries: ['AZ', 'GE'], sources: [source], participants: [participant] });
  const first = await real.send(RECORD, { input: record({ name: 'Elmar Mammadov', aliases: ['Мамедов Эльмар'], country: 'AZ' }) });
  expect(first.errors).toBeUndefined();
  const second = await real.send(RECORD, {
    input: record({ name: 'Elnur Mammadov', country: 'AZ', sources: [{ source: 'src-a', nameAsWritten: ['Mammadov Elnur'] }] }),
  });
  expect(second.errors).toBeUndefined();
  const ids = second.data.recordConsultation.participants.map((p: any) => p.official.id).sort();
  expect(ids).toEqual(['az-elmar-mammadov', 'az-elnur-mammadov']);
});

/**
 * Issue 15, item 3, in the model's terms: two officials of one country merged (one sits at an
 * event with the other, so their participations fold), undone, merged again, then the removed
 * person reported again (found as the kept official); a merge across countries refused whole.
 */
it('merges officials, undoes the merge exactly and refuses a merge across countries', async () => {
  await wipe(graph);
  const person = (p: number, name = 0): ParticipantSpec => ({ person: p, name, byId: false, alias: null, title: null, rank: null, cites: null });
  const spec = (date: string, participants: ParticipantSpec[]): RecordSpec => ({
    pair: 0, date, city: null, format: null, status: 'HELD', sources: [0], facts: 0, round: [], participants, idPick: null,
  });
  // Officials by id: az-elmar-mammadov, az-elnur-mammadov, ge-lasha-darsalia; pairs (keep <- remove) in
  // order: 0 elmar<-elnur, 1 elmar<-lasha, 2 elnur<-elmar, 3 elnur<-lasha, ... So: elnur<-elmar (both
  // at the first event: folded), then elnur<-lasha (two countries: refused), undo, elmar<-elnur.
  const commands = [
    new RecordCommand(spec('2022-06-14', [person(1), person(2), person(3)])),
    new RecordCommand(spec('2021-03-02', [person(2, 1)])),
    new MergeOfficialsCommand(2),
    new MergeOfficialsCommand(0),
    new UndoCommand(),
    new MergeOfficialsCommand(0),
    new RecordCommand(spec('2021-03', [person(1, 1)])),
  ];
  await fc.asyncModelRun(() => ({ model: new WriteModel(), real }), commands);
});

/**
 * Undo after later writes (audit-log.ts): a deleted event comes back beside what was written
 * since; once a later report has made the event again, the undo is refused with CONFLICT and
 * nothing is written. Both outcomes, each checked against the model's export.
 */
it('undoes a deletion after later writes, or refuses it when the event exists again', async () => {
  const spec = (pair: number, date: string): RecordSpec => ({
    pair, date, city: 'Baku', format: null, status: 'HELD', sources: [0], facts: 0, round: [], participants: [], idPick: null,
  });
  const outcomes: boolean[] = [];
  for (const later of [spec(2, '2021-03-02'), spec(0, '2022-06-14')]) {
    await wipe(graph);
    const model = new WriteModel();
    await fc.asyncModelRun(() => ({ model, real }), [new RecordCommand(spec(0, '2022-06-14')), new DeleteCommand(0), new RecordCommand(later), new LateUndoCommand(0)]);
    outcomes.push(model.undone.length === 1);
  }
  expect(outcomes).toEqual([true, false]);
});
