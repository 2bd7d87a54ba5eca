import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CitationRow, SourceRow } from '../graph/rows';
import { RoundStatement } from '../schema/consultation.type';
import { Citation, Source } from '../schema/source.type';
import { RequestContext } from '../server/context';

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
