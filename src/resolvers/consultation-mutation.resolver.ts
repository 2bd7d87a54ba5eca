import { Length, Max, Min } from 'class-validator';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Info, Int, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/api-keys';
import { consultationRecord, recordProblems, sourceRecord } from '../domain/consultation-record';
import { BadUserInputError, NotFoundError } from '../errors';
import { correctRound, OtherSeriesError, recordConsultation, UnknownOfficialError } from '../graph';
import { changesOf } from '../feed';
import { Consultation, RecordConsultationInput, SourceInput } from '../schema';
import { RequestContext } from './context';
import { countryCodesOf, readBack } from './read-back';
import { Row } from './translated';

@ArgsType()
class CorrectRoundArgs {
  @Field(() => ID)
  @Length(1, 150)
  consultationId!: string;

  @Field(() => Int)
  @Min(1)
  @Max(1000)
  number!: number;

  @Field()
  @Length(1, 300)
  statedAs!: string;

  @Field(() => SourceInput)
  source!: SourceInput;
}

@Resolver(() => Consultation)
export class ConsultationMutationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => Consultation, { description: 'Creates or updates one consultation with all its facts, in one transaction.' })
  async recordConsultation(
    @Arg('input', () => RecordConsultationInput) input: RecordConsultationInput,
    @Ctx() { graph, feed }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Row> {
    const record = toRecord(input);
    const recorded = await recordConsultation(graph, record).catch(rethrowUnknownOfficial);
    feed.publish(changesOf([record], [recorded]));
    return readBack(graph, 'Consultation', recorded.id, info);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Consultation, { description: "Adds a source's statement of the round; the series is renumbered. Earlier statements stay visible." })
  async correctRound(@Args() args: CorrectRoundArgs, @Ctx() { graph, feed }: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Row> {
    const { sourceText: _text, ...given } = args.source;
    const parsed = sourceRecord.safeParse(stripNulls(given));
    if (!parsed.success) throw invalid('Invalid source', recordProblems(parsed.error, 'source'));
    const source = parsed.data;
    if (!(await correctRound(graph, args.consultationId, args.number, args.statedAs, source))) throw new NotFoundError('Consultation', args.consultationId);
    feed.publish([{ consultationId: args.consultationId, countryCodes: await countryCodesOf(graph, args.consultationId), change: 'UPDATED' }]);
    return readBack(graph, 'Consultation', args.consultationId, info);
  }
}

/**
 * GraphQL input → the domain record, validated once by the record schema (which also turns
 * country names into codes), so every problem of a refused input comes back in one answer.
 */
function toRecord(input: RecordConsultationInput) {
  const { sourceText, ...rest } = input;
  const plain = {
    ...stripNulls(rest),
    participants: (input.participants ?? []).map((p) => ({ ...stripNulls(p), sources: (p.sources ?? []).map((s) => stripNulls(s)) })),
    round: (input.round ?? []).map((r) => ({ ...r, number: r.number ?? null })),
    sideMeetings: (input.sideMeetings ?? []).map((sm) => ({
      ...stripNulls(sm),
      organisation: sm.organisation ? stripNulls(sm.organisation) : null,
      participants: (sm.participants ?? []).map((p) => stripNulls(p)),
    })),
    sources: input.sources.map(({ sourceText: own, ...s }, i) => ({ ...stripNulls(s), text: own ?? (i === 0 ? sourceText : null) ?? null })),
  };
  const parsed = consultationRecord.safeParse(plain);
  if (!parsed.success) throw invalid('Invalid consultation', recordProblems(parsed.error, 'input'));
  return parsed.data;
}

function invalid(what: string, fields: Array<{ field: string; message: string }>): BadUserInputError {
  return new BadUserInputError(`${what}: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
}

/** GraphQL gives null for omitted optional fields; the record format wants them absent. */
function stripNulls<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}

function rethrowUnknownOfficial(error: unknown): never {
  if (error instanceof UnknownOfficialError) throw BadUserInputError.field(`input.participants[${error.participantIndex}].officialId`, error.message);
  if (error instanceof OtherSeriesError) throw BadUserInputError.field('input.id', error.reason);
  throw error;
}
