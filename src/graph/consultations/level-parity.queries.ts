import { Rank } from '../../domain/enums';
import { Graph } from '../graph';

/** A consultation's stored level parity (see series/derived-values.ts): sides whose head is known, with that head's rank. */
export interface LevelParityRow {
  /** The consultation's id. */
  id: string;
  countryCodes: string[];
  balanced: boolean | null;
  gap: number | null;
  sideCountries: string[];
  sideRanks: Rank[];
}

/** Level parity by consultation id, for DataLoader batches (unique-constraint index on Consultation.id). */
export const LEVEL_PARITY_BY_CONSULTATION = `
UNWIND $ids AS id
MATCH (c:Consultation {id: id})
RETURN { id: id, countryCodes: c.countryCodes, balanced: c.levelBalanced, gap: c.levelGap,
         sideCountries: coalesce(c.levelSideCountries, []), sideRanks: coalesce(c.levelSideRanks, []) } AS parity`;

export async function levelParityByConsultation(graph: Graph, ids: readonly string[]): Promise<LevelParityRow[]> {
  return (await graph.read<{ parity: LevelParityRow }>(LEVEL_PARITY_BY_CONSULTATION, { ids })).map((r) => r.parity);
}
