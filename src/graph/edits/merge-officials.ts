import { Neo4jError } from 'neo4j-driver';
import { countryName } from '../../country-names';
import { AuditAction } from '../../domain/enums';
import { BadUserInputError } from '../../errors';
import { consolidateConsultations } from '../consultations/consolidate';
import { renumberSeries } from '../consultations/record-consultation';
import { Graph } from '../graph';
import { auditedEdit } from './audit-log';
import { EARLIER_MERGE } from './audit.queries';
import * as Q from './merge-officials.queries';
import { FOLD_PARTICIPATIONS, TWINS_OF_MERGED_OFFICIALS } from './fold-participations.queries';
import { nameKeyTextParams, REFRESH_NAME_KEY_TEXT } from '../officials/official-fields';

export interface MergeOfficialsRequest {
  keep: string;
  remove: string;
  /** Officials of different countries are merged only when the editor says so, with a reason. */
  allowDifferentCountries: boolean;
  reason: string | null;
  actor: string | null;
}

export interface MergeOutcome {
  id: string;
  auditId: string;
  /** The same merge had already been made: nothing changed, its audit entry is returned. */
  alreadyMerged: boolean;
}

/**
 * Merges `remove` into `keep`, audited (its undo restores both officials exactly). The same
 * merge asked twice (even at once) is made once, with one audit entry; of two opposite merges one
 * wins and the other finds its `keep` gone (null: NOT_FOUND). A node deleted by the winner between
 * the loser's match and its lock makes Neo4j refuse the loser's statement (EntityNotFound); run
 * again, it sees the outcome. Officials of different countries: BAD_USER_INPUT naming both,
 * nothing written, unless allowed.
 */
export async function mergeOfficials(graph: Graph, request: MergeOfficialsRequest): Promise<MergeOutcome | null> {
  const { keep, remove } = request;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await graph.writeTransaction(async (run) => {
        const [{ present }] = await run<{ present: string[] }>(Q.LOCK_BOTH, { keep, remove });
        if (!present.includes(keep)) return null;
        if (!present.includes(remove)) {
          const [earlier] = await run<{ auditId: string }>(EARLIER_MERGE, { keep, remove });
          return earlier ? { id: keep, auditId: earlier.auditId, alreadyMerged: true } : null;
        }
        const [targets] = await run<{ keepCountry: string; removeCountry: string; touched: string[]; consultationIds: string[]; seriesIds: string[] }>(
          Q.MERGE_TARGETS,
          { keep, remove },
        );
        if (targets.keepCountry !== targets.removeCountry && !request.allowDifferentCountries) throw differentCountries(request, targets);
        const auditId = await auditedEdit(
          run,
          { action: AuditAction.MERGE_OFFICIALS, actor: request.actor, reason: request.reason, targetIds: [keep, remove] },
          targets.touched,
          async () => {
            // Both were recorded at one event (one person under two names): one participation there.
            await run(FOLD_PARTICIPATIONS, { folds: await run(TWINS_OF_MERGED_OFFICIALS, { keep, remove }) });
            await run(Q.MERGE_OFFICIALS, { keep, remove });
            await run(REFRESH_NAME_KEY_TEXT, nameKeyTextParams([keep]));
            // The kept participations took the removed one's citations: title and rank by the claim rule again.
            await consolidateConsultations(run, [...new Set(targets.consultationIds)]);
            await renumberSeries(run, [...new Set(targets.seriesIds)]);
            return { consultationIds: targets.consultationIds, seriesIds: targets.seriesIds };
          },
        );
        return { id: keep, auditId, alreadyMerged: false };
      });
    } catch (error) {
      if (attempt < 3 && error instanceof Neo4jError && /EntityNotFound/.test(error.code)) continue;
      throw error;
    }
  }
}

function differentCountries(request: MergeOfficialsRequest, targets: { keepCountry: string; removeCountry: string }): BadUserInputError {
  const named = (code: string) => `${countryName(code, 'en') ?? code} (${code})`;
  const message =
    `${request.remove} is an official of ${named(targets.removeCountry)}, ${request.keep} of ${named(targets.keepCountry)}: ` +
    'officials of different countries are merged only with allowDifferentCountries: true and a reason';
  return new BadUserInputError(message, [
    { field: 'remove', message: `is an official of ${named(targets.removeCountry)}` },
    { field: 'keep', message: `is an official of ${named(targets.keepCountry)}` },
  ]);
}
