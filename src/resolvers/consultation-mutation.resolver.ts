import { Length, Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/api-keys';
import { consultationRecord } from '../domain/consultation-record';
import { BadUserInputError, NotFoundError } from '../errors';
import { correctRound, recordConsultation, UnknownOfficialError, ConsultationRow } from '../graph';
import { changesOf } from '../feed';
import { Consultation, RecordConsultationInput, SourceInput } from '../schema';
import { RequestContext } from './context';
import { countryArgument } from './arguments';
import { loadAll } from './loaded';

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
  async recordConsultation(@Arg('input', () => RecordConsultationInput) input: RecordConsultationInput, @Ctx() { graph, loaders, feed }: RequestContext): Promise<ConsultationRow> {
    const record = toRecord(input);
    const recorded = await recordConsultation(graph, record).catch(rethrowUnknownOfficial);
    feed.publish(changesOf([record], [recorded]));
    return (await loadAll(loaders.consultation, [recorded.id]))[0];
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Consultation, { description: "Adds a source's statement of the round; the series is renumbered. Earlier statements stay visible." })
  async correctRound(@Args() args: CorrectRoundArgs, @Ctx() { graph, loaders, feed }: RequestContext): Promise<ConsultationRow> {
    const source = { ...args.source, publisher: args.source.publisher ?? null, publishedAt: args.source.publishedAt ?? null, url: args.source.url ?? null };
    if (!(await correctRound(graph, args.consultationId, args.number, args.statedAs, source))) throw new NotFoundError('Consultation', args.consultationId);
    const [corrected] = await loadAll(loaders.consultation, [args.consultationId]);
    feed.publish([{ consultationId: corrected.id, countryCodes: corrected.countryCodes, change: 'UPDATED' }]);
    return corrected;
  }
}

/** GraphQL input → the domain record: names of countries become codes, then one validation of the whole. */
function toRecord(input: RecordConsultationInput) {
  const { sourceText, ...rest } = input;
  const optionalCountry = (field: string, value: string | null | undefined) => (value ? countryArgument(field, value) : null);
  const plain = {
    ...stripNulls(rest),
    countries: input.countries.map((c, i) => countryArgument(`input.countries[${i}]`, c)),
    ministries: (input.ministries ?? []).map((m, i) => ({ ...m, country: countryArgument(`input.ministries[${i}].country`, m.country) })),
    participants: (input.participants ?? []).map((p, i) => ({
      ...stripNulls(p),
      country: countryArgument(`input.participants[${i}].country`, p.country),
      sources: (p.sources ?? []).map((s) => stripNulls(s)),
    })),
    round: (input.round ?? []).map((r) => ({ ...r, number: r.number ?? null })),
    sideMeetings: (input.sideMeetings ?? []).map((sm, i) => ({
      ...stripNulls(sm),
      country: optionalCountry(`input.sideMeetings[${i}].country`, sm.country),
      organisation: sm.organisation
        ? { ...stripNulls(sm.organisation), country: optionalCountry(`input.sideMeetings[${i}].organisation.country`, sm.organisation.country) }
        : null,
      participants: (sm.participants ?? []).map((p, j) => ({ ...stripNulls(p), country: countryArgument(`input.sideMeetings[${i}].participants[${j}].country`, p.country) })),
    })),
    sources: input.sources.map(({ sourceText: own, ...s }, i) => ({ ...stripNulls(s), text: own ?? (i === 0 ? sourceText : null) ?? null })),
  };
  const parsed = consultationRecord.safeParse(plain);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({ field: ['input', ...issue.path].join('.'), message: issue.message }));
    throw new BadUserInputError(`Invalid consultation: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
  }
  return parsed.data;
}

/** GraphQL gives null for omitted optional fields; the record format wants them absent. */
function stripNulls<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}

function rethrowUnknownOfficial(error: unknown): never {
  if (error instanceof UnknownOfficialError) throw BadUserInputError.field(`input.participants.${error.participantIndex}.officialId`, error.message);
  throw error;
}
