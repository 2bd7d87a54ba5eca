import { IsOptional, Length, Matches } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../errors';
import { searchSources, CitationRow, ConsultationRow, SourceRow } from '../graph';
import { SourceConnection, Consultation, RoundStatement, PageArgs, Citation, Source } from '../schema';
import { connection, pageOf } from './cursor';
import { loadAll } from './loaded';
import { RequestContext } from './context';

/** Citations and round statements carry a source id; the source itself comes in one batch. */
@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source)
  source(@Root() citation: CitationRow, @Ctx() { loaders }: RequestContext): Promise<SourceRow | null> {
    return loaders.source.load(citation.sourceId);
  }
}

@Resolver(() => RoundStatement)
export class RoundStatementResolver {
  @FieldResolver(() => Source)
  source(@Root() statement: RoundStatement, @Ctx() { loaders }: RequestContext): Promise<SourceRow | null> {
    return loaders.source.load(statement.source.id);
  }
}

@ArgsType()
class SourcesArgs extends PageArgs {
  @Field({ description: 'Words to find in titles and stored report texts, in any language: "Konsultation Wien", "энергетика". Every word must match (stemmed by the language).' })
  @Length(1, 500)
  search!: string;

  @Field(() => String, { nullable: true, description: 'Only reports in this language (BCP 47, e.g. "de"); its analyzer reads the search words.' })
  @IsOptional()
  @Matches(/^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 language tag such as "de"' })
  language?: string | null;
}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'One source by id; null with a NOT_FOUND error naming the id when there is none.' })
  async source(@Arg('id', () => ID) id: string, @Ctx() { loaders }: RequestContext): Promise<SourceRow> {
    const found = await loaders.source.load(id);
    if (!found) throw new NotFoundError('Source', id);
    return found;
  }

  @Query(() => SourceConnection, {
    description: "Full-text search over the sources' titles and stored texts, each report read with its own language's analyzer (stemming, stop words), most relevant first.",
  })
  async sources(@Args() args: SourcesArgs, @Ctx() { graph, loaders }: RequestContext): Promise<SourceConnection> {
    const { skip, limit } = pageOf(args);
    const found = await searchSources(graph, args.search, args.language ?? null, { skip, limit });
    for (const hit of found.page) loaders.source.prime(hit.source.id, hit.source);
    return connection(found.page, skip, found.total, (hit, cursor) => ({ cursor, node: hit.source as unknown as Source, score: hit.score }));
  }

  @FieldResolver(() => [Consultation], { description: 'The consultations this source supports, newest first.' })
  async consultations(@Root() source: SourceRow, @Ctx() { loaders }: RequestContext): Promise<ConsultationRow[]> {
    return loadAll(loaders.consultation, await loaders.consultationIdsCitingSource.load(source.id));
  }
}
