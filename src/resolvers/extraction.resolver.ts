import { IsOptional, IsUrl, MaxLength, MinLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { MAX_ARTICLE_CHARS } from '../extraction/limits';
import { ConsultationDraft, PartialDateScalar } from '../schema';
import { RequestContext } from './context';

@ArgsType()
class ExtractArgs {
  @Field({ description: 'The report, in any of de, az, ar, es, en, ru, fr, tr, fa, uk, zh, pl, it, pt, cs, uz, vi, hy, ko, ja, sr, be, hi (detected).' })
  @MinLength(1)
  @MaxLength(MAX_ARTICLE_CHARS)
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
  @Query(() => ConsultationDraft, { description: 'Reads a news report about bilateral consultations and proposes a draft. Writes nothing.' })
  async extractConsultation(@Args() { text, publishedAt, sourceUrl }: ExtractArgs, @Ctx() { graph }: RequestContext) {
    // Loaded on first use: the extractor's lexicons, date parsers and language models cost tens
    // of megabytes that a server answering only graph questions never needs.
    const { readArticle } = await import('../extraction/read-article');
    const draft = await readArticle(graph, text, { publishedAt, sourceUrl });
    return {
      ...draft,
      countries: draft.countries.map((code) => ({ code })),
      heads: draft.heads.map((h) => ({ ...h, country: h.country ? { code: h.country } : null })),
    };
  }
}
