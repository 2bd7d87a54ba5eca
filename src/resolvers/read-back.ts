import { GraphQLResolveInfo } from 'graphql';
import { Graph, nodeById, SelectedField, selectionOf } from '../graph';
import { NotFoundError } from '../errors';
import { Row, rowOf } from './translated';

/**
 * After a write: the node as the mutation's own selection reads it, in one translated query
 * (the same path every read takes). NOT_FOUND when the write left no such node.
 */
export async function readBack(graph: Graph, typeName: 'Consultation' | 'Official', id: string, info: GraphQLResolveInfo): Promise<Row> {
  const row = await rowOf(graph, nodeById(typeName, id, selectionOf(info), info.fieldName));
  if (!row) throw new NotFoundError(typeName, id);
  return row;
}

/** The countries of a consultation, for the feed's announcement (a selection of the translate stage's own). */
const COUNTRY_CODES: SelectedField = { key: 'codes', name: 'countries', args: {}, typeName: 'Country', selections: [{ key: 'code', name: 'code', args: {}, typeName: 'ID', selections: [] }] };

/** The ISO codes of a stored consultation's countries ([] when there is none). */
export async function countryCodesOf(graph: Graph, consultationId: string): Promise<string[]> {
  const row = await rowOf(graph, nodeById('Consultation', consultationId, [COUNTRY_CODES], 'countries'));
  const codes = (row?.codes ?? []) as ReadonlyArray<{ code: string }>;
  return codes.map((c) => c.code);
}
