import { RoundOrigin } from '../domain/enums';
import { Graph, matchOfficialsByName, OfficialRow } from '../graph';
import { DraftHead, ExtractedDraft } from './draft';

export interface MatchedHead extends Omit<DraftHead, 'name'> {
  /** The known official's canonical name when matched, else the Latin rendering of the name. */
  name: string;
  /** The name in its dictionary form, in the article's script. */
  nominativeName: string;
  matchedOfficial: OfficialRow | null;
  matchScore: number | null;
}

export interface ArticleDraft extends Omit<ExtractedDraft, 'heads' | 'round'> {
  round: { number: number | null; origin: RoundOrigin; statedAs: string | null; conflicting: boolean; statements: [] };
  heads: MatchedHead[];
  sourceUrl: string | null;
}

/** A draft read elsewhere (the API's worker threads), its heads matched to known officials. */
export async function matchDraft(graph: Graph, draft: ExtractedDraft, options: { sourceUrl?: string | null } = {}): Promise<ArticleDraft> {
  // The dictionary form is matched ("Михаилом Галузиным" is searched as "Михаил Галузин").
  const matches = draft.heads.length > 0 ? await matchOfficialsByName(graph, draft.heads.map((h) => ({ name: h.name, country: h.country }))) : [];
  const warnings = [...draft.warnings];
  const heads = draft.heads.map((h, i) => {
    const match = matches[i];
    if (match && h.country === null) warnings.push(`${h.nameAsWritten}: country taken from the matched official ${match.official.name}.`);
    return {
      ...h,
      country: h.country ?? match?.official.countryCode ?? null,
      nominativeName: h.name,
      name: match?.official.name ?? h.latinName,
      matchedOfficial: match?.official ?? null,
      matchScore: match ? Math.round(match.score * 100) / 100 : null,
    };
  });
  // One country read, and a head matched to a known official of another: that official's country is the other party.
  const countries = [...draft.countries];
  if (countries.length === 1) {
    const other = heads.find((h) => h.matchedOfficial && h.matchedOfficial.countryCode !== countries[0]);
    if (other?.matchedOfficial) {
      countries.push(other.matchedOfficial.countryCode);
      countries.sort();
      warnings.push(`Only ${draft.countries[0]} is named; ${other.matchedOfficial.countryCode} is the country of the matched official ${other.matchedOfficial.name}.`);
    }
  }
  return {
    ...draft,
    countries,
    heads,
    warnings,
    round: {
      number: draft.round.number,
      origin: draft.round.number === null ? RoundOrigin.UNKNOWN : RoundOrigin.STATED,
      statedAs: draft.round.statedAs,
      conflicting: false,
      statements: [],
    },
    sourceUrl: options.sourceUrl ?? null,
  };
}
