import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canonicalJson } from '../../src/domain/canonical-json';
import { exportRecords } from '../../src/graph';
import { Graph } from '../../src/graph/graph';
import { importRecords } from '../../src/import/import-records';
import { readSourceLines } from '../../src/import/source-lines';
import { comparable, WriteModel } from './reference-model';
import { BadKind, badKind, RecordSpec, recordSpec, renderRecord, sometimes, spoil } from './records';
import { SOURCES } from './world';

/** The system under test: the real API over HTTP with an editor key, and the graph it writes. */
export interface Real {
  graph: Graph;
  send(query: string, variables: Record<string, unknown>): Promise<{ data?: any; errors?: Array<{ message: string; extensions: any }> }>;
  tmpDir: string;
}

const RECORD = 'mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { id } }';

/** After every step: the graph's JSON Lines export is exactly what the model predicts. */
export async function expectExportMatches(model: WriteModel, real: Real): Promise<void> {
  const lines: unknown[] = [];
  for await (const line of exportRecords(real.graph)) lines.push(JSON.parse(canonicalJson(line)));
  const expected = model.expectedExport().map((line) => JSON.parse(canonicalJson(line)));
  expect(comparable(lines)).toEqual(comparable(expected));
}

const short = (value: unknown) => JSON.stringify(value);

/** recordConsultation through the API: written as the model says, or refused when the model refuses it. */
export class RecordCommand implements fc.AsyncCommand<WriteModel, Real> {
  constructor(readonly spec: RecordSpec) {}
  check = () => true;
  async run(model: WriteModel, real: Real): Promise<void> {
    const input = renderRecord(this.spec, model);
    const refusal = model.refusal(this.spec, input);
    const answer = await real.send(RECORD, { input });
    if (refusal) {
      expect({ refusal, codes: answer.errors?.map((e) => e.extensions.code) }).toEqual({ refusal, codes: ['BAD_USER_INPUT'] });
    } else {
      expect(answer.errors).toBeUndefined();
      expect(answer.data.recordConsultation.id).toBe(model.record(this.spec, input));
      model.lastEdit = null;
    }
    await expectExportMatches(model, real);
  }
  toString = () => `record(${short(this.spec)})`;
}

/** An invalid input through the API: BAD_USER_INPUT, and nothing written. */
export class BadRecordCommand implements fc.AsyncCommand<WriteModel, Real> {
  constructor(readonly spec: RecordSpec, readonly kind: Exclude<BadKind, 'json'>) {}
  check = () => true;
  async run(model: WriteModel, real: Real): Promise<void> {
    const input = spoil(renderRecord(this.spec, model), this.kind);
    const answer = await real.send(RECORD, { input });
    expect(answer.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    await expectExportMatches(model, real);
  }
  toString = () => `bad(${this.kind}, ${short(this.spec)})`;
}

export interface ImportLine {
  spec: RecordSpec;
  bad: BadKind | null;
}

/**
 * A JSON Lines file through the import the CLI runs (file reader, validation, batches): every
 * bad line is rejected alone, and the graph is as if the good lines had been recorded one after
 * another. Batch size varies, so lines of one batch meet each other in one transaction.
 */
export class ImportCommand implements fc.AsyncCommand<WriteModel, Real> {
  constructor(readonly lines: ImportLine[], readonly batchSize: number) {}
  check = () => true;
  async run(model: WriteModel, real: Real): Promise<void> {
    const texts: string[] = [];
    const rejected: number[] = [];
    this.lines.forEach(({ spec, bad }, i) => {
      const record = renderRecord(spec, model);
      if (bad) {
        const spoilt = spoil(record, bad);
        texts.push(typeof spoilt === 'string' ? spoilt : JSON.stringify(spoilt));
        rejected.push(i + 1);
      } else {
        texts.push(JSON.stringify(record));
        if (model.refusal(spec, record)) rejected.push(i + 1);
        else model.record(spec, record);
      }
    });
    const file = path.join(real.tmpDir, `import-${process.pid}.jsonl`);
    fs.writeFileSync(file, texts.join('\n') + '\n');
    model.lastEdit = null;
    const summary = await importRecords(real.graph, readSourceLines(file, 'jsonl'), { batchSize: this.batchSize });
    expect(summary.rejected.map((r) => r.line).sort((a, b) => a - b)).toEqual(rejected);
    await expectExportMatches(model, real);
  }
  toString = () => `import(batch ${this.batchSize}, ${short(this.lines)})`;
}

const LATEST_AUDIT = '{ auditLog(first: 1) { edges { node { id } } } }';

/** An edit that answers with its target, not its audit entry: the newest entry is its own, and an undo now restores `before`. */
async function rememberLatestEdit(model: WriteModel, real: Real, before: WriteModel): Promise<void> {
  const audit = await real.send(LATEST_AUDIT, {});
  model.lastEdit = { auditId: audit.data.auditLog.edges[0].node.id, before };
}

/** deleteConsultation of an existing event: gone from the export, audited. */
export class DeleteCommand implements fc.AsyncCommand<WriteModel, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<WriteModel>) => model.events.size > 0;
  async run(model: WriteModel, real: Real): Promise<void> {
    const ids = model.eventIds();
    const id = ids[this.pick % ids.length];
    const before = model.snapshot();
    const answer = await real.send('mutation($id: ID!) { deleteConsultation(id: $id, reason: "model test") { id } }', { id });
    expect(answer.errors).toBeUndefined();
    const auditId = answer.data.deleteConsultation.id;
    model.deletions.push({ auditId, event: structuredClone(model.events.get(id)!) });
    model.deleteConsultation(id);
    model.lastEdit = { auditId, before };
    await expectExportMatches(model, real);
  }
  toString = () => `delete(${this.pick})`;
}

/** mergeConsultations of two events of one series: remove's statements and people fold into keep, audited. */
export class MergeConsultationsCommand implements fc.AsyncCommand<WriteModel, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<WriteModel>) => (model as WriteModel).mergeablePairs().length > 0;
  async run(model: WriteModel, real: Real): Promise<void> {
    const pairs = model.mergeablePairs();
    const [keep, remove] = pairs[this.pick % pairs.length];
    const before = model.snapshot();
    const answer = await real.send('mutation($k: ID!, $r: ID!) { mergeConsultations(keep: $k, remove: $r, reason: "model test") { id } }', { k: keep, r: remove });
    expect({ keep, remove, errors: answer.errors, id: answer.data?.mergeConsultations.id }).toEqual({ keep, remove, errors: undefined, id: keep });
    model.mergeConsultations(keep, remove);
    await rememberLatestEdit(model, real, before);
    await expectExportMatches(model, real);
  }
  toString = () => `mergeConsultations(${this.pick})`;
}

/** retractStatement of one statement a source makes: that source falls silent on it, nothing else changes. */
export class RetractCommand implements fc.AsyncCommand<WriteModel, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<WriteModel>) => (model as WriteModel).retractable().length > 0;
  async run(model: WriteModel, real: Real): Promise<void> {
    const all = model.retractable();
    const r = all[this.pick % all.length];
    const before = model.snapshot();
    const answer = await real.send(
      'mutation($c: ID!, $s: ID!, $f: StatementFact!, $o: ID) { retractStatement(consultationId: $c, sourceId: $s, fact: $f, officialId: $o, reason: "model test") { id } }',
      { c: r.consultationId, s: r.sourceId, f: r.fact, o: r.officialId },
    );
    expect({ r, errors: answer.errors }).toEqual({ r, errors: undefined });
    model.retract(r);
    await rememberLatestEdit(model, real, before);
    await expectExportMatches(model, real);
  }
  toString = () => `retract(${this.pick})`;
}

/**
 * mergeOfficials of two officials the graph holds: of one country, merged and audited; of two
 * countries (no allowDifferentCountries), refused with BAD_USER_INPUT and nothing written.
 */
export class MergeOfficialsCommand implements fc.AsyncCommand<WriteModel, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<WriteModel>) => (model as WriteModel).officialPairs().length > 0;
  async run(model: WriteModel, real: Real): Promise<void> {
    const pairs = model.officialPairs();
    const { keep, remove, sameCountry } = pairs[this.pick % pairs.length];
    const before = model.snapshot();
    const answer = await real.send('mutation($k: ID!, $r: ID!) { mergeOfficials(keep: $k, remove: $r, reason: "model test") { id } }', { k: keep, r: remove });
    if (!sameCountry) {
      expect({ keep, remove, codes: answer.errors?.map((e) => e.extensions.code) }).toEqual({ keep, remove, codes: ['BAD_USER_INPUT'] });
    } else {
      expect({ keep, remove, errors: answer.errors, id: answer.data?.mergeOfficials.id }).toEqual({ keep, remove, errors: undefined, id: keep });
      model.mergeOfficials(keep, remove);
      await rememberLatestEdit(model, real, before);
    }
    await expectExportMatches(model, real);
  }
  toString = () => `mergeOfficials(${this.pick})`;
}

const UNDO = 'mutation($a: ID!) { undo(auditId: $a) { id } }';

/** undo of the last edit, nothing written since: the export is the one before the edit. */
export class UndoCommand implements fc.AsyncCommand<WriteModel, Real> {
  check = (model: Readonly<WriteModel>) => model.lastEdit !== null;
  async run(model: WriteModel, real: Real): Promise<void> {
    const { auditId, before } = model.lastEdit!;
    const answer = await real.send(UNDO, { a: auditId });
    expect(answer.errors).toBeUndefined();
    model.restore(before);
    model.undone.push(auditId);
    await expectExportMatches(model, real);
  }
  toString = () => 'undo()';
}

/** undo of an entry already undone: refused (BAD_USER_INPUT), nothing written. */
export class UndoAgainCommand implements fc.AsyncCommand<WriteModel, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<WriteModel>) => model.undone.length > 0;
  async run(model: WriteModel, real: Real): Promise<void> {
    const auditId = model.undone[this.pick % model.undone.length];
    const answer = await real.send(UNDO, { a: auditId });
    expect(answer.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    await expectExportMatches(model, real);
  }
  toString = () => `undoAgain(${this.pick})`;
}

/**
 * undo of a deletion with other writes since (records, imports, other edits): CONFLICT and nothing
 * written when the model says its targets changed, else the event back and the later writes kept.
 */
export class LateUndoCommand implements fc.AsyncCommand<WriteModel, Real> {
  constructor(readonly pick: number) {}
  private pending = (model: Readonly<WriteModel>) => model.deletions.filter((d) => !model.undone.includes(d.auditId) && model.lastEdit?.auditId !== d.auditId);
  check = (model: Readonly<WriteModel>) => this.pending(model).length > 0;
  async run(model: WriteModel, real: Real): Promise<void> {
    const all = this.pending(model);
    const { auditId, event } = all[this.pick % all.length];
    const expected = model.undoDeletion(auditId);
    const answer = await real.send(UNDO, { a: auditId });
    const outcome = answer.errors ? answer.errors.map((e) => e.extensions.code).join() : 'RESTORED';
    expect({ event: event.id, outcome }).toEqual({ event: event.id, outcome: expected });
    // A restore is a write: an earlier edit's snapshot no longer describes what an undo would replace.
    if (expected === 'RESTORED') model.lastEdit = null;
    await expectExportMatches(model, real);
  }
  toString = () => `lateUndo(${this.pick})`;
}

const CORRECT_ROUND =
  'mutation($c: ID!, $n: Int!, $s: SourceInput!, $as: String!) { correctRound(consultationId: $c, number: $n, source: $s, statedAs: $as) { id } }';

/** correctRound from one of the world's sources: that source now states this round; nothing else changes. */
export class CorrectRoundCommand implements fc.AsyncCommand<WriteModel, Real> {
  constructor(readonly pick: number, readonly source: number, readonly number: number) {}
  check = (model: Readonly<WriteModel>) => model.events.size > 0;
  async run(model: WriteModel, real: Real): Promise<void> {
    const ids = model.eventIds();
    const id = ids[this.pick % ids.length];
    const source = SOURCES[this.source];
    const statedAs = `round ${this.number}, corrected`;
    const answer = await real.send(CORRECT_ROUND, { c: id, n: this.number, s: source, as: statedAs });
    expect({ id, errors: answer.errors }).toEqual({ id, errors: undefined });
    model.correctRound(id, source.id, this.number, statedAs);
    // Not an audited edit: an undo of an earlier edit would now restore over this write.
    model.lastEdit = null;
    await expectExportMatches(model, real);
  }
  toString = () => `correctRound(${this.pick}, ${SOURCES[this.source].id}, ${this.number})`;
}

export const editCommands = [
  fc.nat(20).map((pick) => new DeleteCommand(pick)),
  fc.nat(20).map((pick) => new MergeConsultationsCommand(pick)),
  fc.nat(20).map((pick) => new MergeConsultationsCommand(pick)),
  fc.nat(20).map((pick) => new MergeConsultationsCommand(pick)),
  fc.nat(40).map((pick) => new RetractCommand(pick)),
  fc.nat(40).map((pick) => new RetractCommand(pick)),
  fc.nat(30).map((pick) => new MergeOfficialsCommand(pick)),
  fc.nat(30).map((pick) => new MergeOfficialsCommand(pick)),
  fc.constant(null).map(() => new UndoCommand()),
  fc.constant(null).map(() => new UndoCommand()),
  fc.nat(5).map((pick) => new UndoAgainCommand(pick)),
  fc.nat(5).map((pick) => new LateUndoCommand(pick)),
  fc.nat(5).map((pick) => new LateUndoCommand(pick)),
  fc.tuple(fc.nat(20), fc.nat(SOURCES.length - 1), fc.integer({ min: 1, max: 6 })).map(([pick, source, n]) => new CorrectRoundCommand(pick, source, n)),
];

export const writeCommands = [
  recordSpec.map((spec) => new RecordCommand(spec)),
  recordSpec.map((spec) => new RecordCommand(spec)),
  recordSpec.map((spec) => new RecordCommand(spec)),
  fc
    .tuple(recordSpec, fc.constantFrom('country', 'round0', 'emptyName', 'undeclaredSource', 'unknownOfficial') as fc.Arbitrary<Exclude<BadKind, 'json'>>)
    .map(([spec, kind]) => new BadRecordCommand(spec, kind)),
  fc
    .tuple(fc.array(fc.record({ spec: recordSpec, bad: sometimes(badKind, 4) }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 5 }))
    .map(([lines, batchSize]) => new ImportCommand(lines, batchSize)),
];

export function tmpDirForImports(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'write-model-'));
}
