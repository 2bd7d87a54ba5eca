import { IsOptional, IsUrl, MaxLength, MinLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Info, Query, Resolver } from 'type-graphql';
import { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { nodesByIds, selectionAt, selectionOf } from '../graph';
import { countryValues } from './country-values';
import { rowsOf } from './translated';
import { ErrorCode } from '../errors';
import { MAX_ARTICLE_CHARS } from '../extraction/limits';
import { matchDraft } from '../extraction/match-draft';
import { ConsultationDraft, PartialDateScalar } from '../schema';
import { RequestContext } from './context';

@ArgsType()
class ExtractArgs {
  @Field({ description: 'The report, in any of de, az, ar, es, en, ru, fr, tr, fa, uk, zh, pl, it, pt, cs, uz, vi, hy, ko, ja, sr, be, hi (detected).' })
  // Longer than MAX_ARTICLE_CHARS: QUERY_LIMIT, checked in the resolver (a limit, not a wrong value).
  @MinLength(1)
  text!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Publication date: the year of a date written without one, and the day "yesterday" or "on Tuesday" count from. Without it such dates are left null.' })
  publishedAt?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  sourceUrl?: string | null;
}

@Resolver(() => ConsultationDraft)
export class ExtractionResolver {
  @Query(() => ConsultationDraft, { description: `Reads a news report about bilateral consultations and proposes a draft. Writes nothing. At most ${MAX_ARTICLE_CHARS} characters (QUERY_LIMIT above); a report still being read after EXTRACT_TIMEOUT_MS is stopped with TIMEOUT.` })
  async extractConsultation(@Args() { text, publishedAt, sourceUrl }: ExtractArgs, @Ctx() { graph, extraction }: RequestContext, @Info() info: GraphQLResolveInfo) {
    if (text.length > MAX_ARTICLE_CHARS) {
      throw new GraphQLError(`text: the limit is ${MAX_ARTICLE_CHARS} characters, found ${text.length}.`, {
        extensions: { code: ErrorCode.QUERY_LIMIT, limit: 'maxArticleChars', max: MAX_ARTICLE_CHARS },
      });
    }
    // Read in a worker thread: the event loop stays free however long the report takes.
    const draft = await matchDraft(graph, await extraction.extract(text, publishedAt ?? null), { sourceUrl });
    // The graph's parts of the draft (matched officials, countries' partners) are read as selected, each kind in one query.
    const selected = selectionOf(info);
    const matched = draft.heads.flatMap((h) => (h.matchedOfficial ? [h.matchedOfficial.id] : []));
    const officialSelection = selectionAt(selected, 'heads', 'matchedOfficial');
    const [officials, countries, headCountries] = await Promise.all([
      matched.length > 0 && officialSelection.length > 0 ? rowsOf(graph, nodesByIds('Official', matched, officialSelection, 'extractConsultation.heads.matchedOfficial')) : [],
      countryValues(graph, draft.countries, selectionAt(selected, 'countries'), 'extractConsultation.countries'),
      countryValues(graph, draft.heads.flatMap((h) => (h.country ? [h.country] : [])), selectionAt(selected, 'heads', 'country'), 'extractConsultation.heads.country'),
    ]);
    let nextOfficial = 0;
    let nextCountry = 0;
    return {
      ...draft,
      countries,
      heads: draft.heads.map((h) => ({
        ...h,
        country: h.country ? headCountries[nextCountry++] : null,
        matchedOfficial: h.matchedOfficial ? (officials[nextOfficial++] ?? {}) : null,
      })),
    };
  }
}
