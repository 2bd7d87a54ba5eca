import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConsultationRow, OfficialRow, ParticipationRow, SourceRow } from '../graph';
import { Consultation, Country, Official, Participation, ParticipationStatement, Source } from '../schema';
import { RequestContext } from './context';

type StatementRow = ParticipationRow['statements'][number];

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Official, { nullable: true })
  official(@Root() p: ParticipationRow, @Ctx() { loaders }: RequestContext): Promise<OfficialRow | null> {
    return p.officialId ? loaders.official.load(p.officialId) : Promise.resolve(null);
  }

  @FieldResolver(() => [ParticipationStatement], { description: 'What each source said about this participation.' })
  statements(@Root() p: ParticipationRow, @Ctx() { loaders }: RequestContext): StatementRow[] | Promise<StatementRow[]> {
    // A read-ahead that did not foresee this field left the statements out.
    return p.statements ?? loaders.statementsOfParticipation.load(p.id);
  }

  @FieldResolver(() => [String])
  conflicts(@Root() p: ParticipationRow): string[] {
    return p.conflicts ?? [];
  }

  @FieldResolver(() => Country)
  country(@Root() p: ParticipationRow): Country {
    return { code: p.country };
  }

  @FieldResolver(() => Consultation, { nullable: true })
  consultation(@Root() p: ParticipationRow, @Ctx() { loaders }: RequestContext): Promise<ConsultationRow | null> {
    return p.consultationId ? loaders.consultation.load(p.consultationId) : Promise.resolve(null);
  }
}

@Resolver(() => ParticipationStatement)
export class ParticipationStatementResolver {
  @FieldResolver(() => Source)
  source(@Root() s: StatementRow, @Ctx() { loaders }: RequestContext): Promise<SourceRow | null> {
    return loaders.source.load(s.sourceId);
  }
}
