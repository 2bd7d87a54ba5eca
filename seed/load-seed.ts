import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config/config';
import { consultationRecord } from '../src/domain/consultation-record';
import { recordConsultation } from '../src/graph/consultations/record-consultation';
import { Graph } from '../src/graph/graph';
import { AgreementRecord, DiplomaticRelationsRecord, recordAgreement, recordDiplomaticRelations } from '../src/graph/relations/record-relations';

export interface SeedSummary {
  consultations: number;
  relations: number;
  agreements: number;
}

const SEED_DIR = () => path.join(projectRoot(), 'seed');

/**
 * Loads the curated facts. Idempotent: every record is MERGEd on its id, one transaction per
 * record, so running it twice (or after an interruption) leaves the same graph.
 */
export async function loadSeed(graph: Graph): Promise<SeedSummary> {
  const raw: unknown[] = JSON.parse(fs.readFileSync(path.join(SEED_DIR(), 'consultations.json'), 'utf8'));
  for (const [index, item] of raw.entries()) {
    const parsed = consultationRecord.safeParse(item);
    if (!parsed.success) {
      throw new Error(`seed/consultations.json record ${index}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    await recordConsultation(graph, parsed.data);
  }
  const relations: { diplomaticRelations: DiplomaticRelationsRecord[]; agreements: AgreementRecord[] } = JSON.parse(
    fs.readFileSync(path.join(SEED_DIR(), 'relations.json'), 'utf8'),
  );
  for (const r of relations.diplomaticRelations) {
    if (!(await recordDiplomaticRelations(graph, r))) throw new Error(`seed/relations.json: source "${r.source}" is not in the graph`);
  }
  for (const a of relations.agreements) {
    if (!(await recordAgreement(graph, a))) throw new Error(`seed/relations.json: source "${a.source}" is not in the graph`);
  }
  return { consultations: raw.length, relations: relations.diplomaticRelations.length, agreements: relations.agreements.length };
}

const COUNT_CONSULTATIONS = 'MATCH (c:Consultation) RETURN count(c) AS n';

/** `npm start` seeds only an empty graph, so a user's own data is never overwritten. */
export async function seedIfEmpty(graph: Graph): Promise<SeedSummary | null> {
  const [{ n }] = await graph.read<{ n: number }>(COUNT_CONSULTATIONS);
  return n === 0 ? loadSeed(graph) : null;
}
