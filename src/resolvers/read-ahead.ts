import { Rank } from '../domain/enums';
import { BundleParts, primeConsultations, officialBundle, counterpartRequest, CounterpartRequest, OfficialRow, SeriesRow, seriesBundle } from '../graph';
import { RequestContext } from './context';
import { countryArgument } from './arguments';
import { LookAhead } from './look-ahead';

/**
 * Root resolvers of the headline questions read the whole answer in one Cypher round trip when
 * the selection asks for the usual parts, then prime the loaders the child resolvers read from
 * (so every field still resolves the ordinary way, and a selection these do not foresee only
 * costs extra batched queries, never a wrong answer).
 */

/** The parts below a consultation that a selection reads (`round` reads the citations for its statements). */
export function bundlePartsOf(consultation: LookAhead | null): BundleParts {
  return {
    citations: !!consultation && (consultation.selects('sources') || consultation.selects('citations') || consultation.selects('round')),
    participants: !!consultation?.selects('participants'),
    statements: !!consultation?.selects('participants', 'statements'),
  };
}

/** `official(id)`, with its counterparts, their meetings and those meetings' parts when selected. */
export async function readOfficial(id: string, { graph, loaders }: RequestContext, ahead: LookAhead): Promise<OfficialRow | null> {
  const counterparts = ahead.child('counterparts');
  const request = counterparts && requestOf(id, counterparts.arguments());
  if (!counterparts || !request) return loaders.official.load(id);
  const bundle = await officialBundle(graph, request, bundlePartsOf(counterparts.child('consultations')));
  if (!bundle) return null;
  loaders.official.prime(id, bundle.official);
  loaders.counterparts.prime(
    request,
    bundle.counterparts.map((c) => {
      loaders.official.prime(c.official.id, c.official);
      return { ...c, consultations: primeConsultations(loaders, c.consultations) };
    }),
  );
  return bundle.official;
}

/** `consultationSeries`, with its rounds and their parts when selected. */
export async function readSeries(id: string, { graph, loaders }: RequestContext, ahead: LookAhead): Promise<SeriesRow | null> {
  const rounds = ahead.child('rounds');
  if (!rounds) return loaders.series.load(id);
  const bundle = await seriesBundle(graph, id, bundlePartsOf(rounds));
  if (!bundle) return null;
  primeConsultations(loaders, bundle.rounds);
  loaders.series.prime(id, bundle.series);
  return bundle.series;
}

/** Counterpart arguments as the field resolver would read them; null (no read-ahead) when they differ between aliases or are invalid. */
function requestOf(officialId: string, args: Record<string, unknown> | null): CounterpartRequest | null {
  if (!args) return null;
  const country = args.country as string | null | undefined;
  if (typeof country === 'string' && country.length > 100) return null; // the field's validator refuses it
  try {
    return counterpartRequest(officialId, (args.rank as Rank | undefined) ?? null, countryArgument('country', country));
  } catch {
    return null; // an unknown country: the field resolver reports it
  }
}
