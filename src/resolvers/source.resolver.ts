import { IsOptional, Length, Matches } from 'class-validator';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Query, Resolver } from 'type-graphql';
import { NotFoundError } from '../errors';
import { nodeById, nodesByIds, searchSources, selectionAt, selectionOf } from '../graph';
import { SourceConnection, PageArgs, Source } from '../schema';
import { connection, pageOf } from './cursor';
import { RequestContext } from './context';
import { Row, rowOf, rowsOf } from './translated';

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
  async source(@Arg('id', () => ID) id: string, @Ctx() { graph }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row> {
    const found = await rowOf(graph, nodeById('Source', id, selectionOf(info), info.fieldName));
    if (!found) throw new NotFoundError('Source', id);
    return found;
  }

  /** The full-text search gives ids and scores; the hits are then read as the response selects them, in score order. */
  @Query(() => SourceConnection, {
    description: "Full-text search over the sources' titles and stored texts, each report read with its own language's analyzer (stemming, stop words), most relevant first.",
  })
  async sources(@Args() args: SourcesArgs, @Ctx() { graph }: RequestContext, @Info() info: GraphQLResolveInfo) {
    const { skip, limit } = pageOf(args);
    const found = await searchSources(graph, args.search, args.language ?? null, { skip, limit });
    const node = selectionAt(selectionOf(info), 'edges', 'node');
    const rows = found.page.length === 0 ? [] : await rowsOf(graph, nodesByIds('Source', found.page.map((hit) => hit.source.id), node, info.fieldName));
    return connection(rows, skip, found.total, (row, cursor, i) => ({ cursor, node: row, score: found.page[i].score }));
  }
}
