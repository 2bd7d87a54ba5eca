import { countriesByCodes, Graph, SelectedField } from '../graph';
import { Row, rowsOf } from './translated';

/** Fields of a country that need no graph: its code, and its name (from CLDR). */
const WITHOUT_GRAPH = new Set(['code', 'name']);

/**
 * Country values for codes the API already knows (a root's, a draft's): read by translation when
 * the selection reaches into the graph (partners), else built here, shaped like translated rows
 * (every selected key holds the code) at no round trip.
 */
export async function countryValues(graph: Graph, codes: readonly string[], selections: readonly SelectedField[], path: string): Promise<Row[]> {
  if (codes.length === 0) return [];
  if (selections.every((f) => WITHOUT_GRAPH.has(f.name))) {
    return codes.map((code) => ({ code, name: code, ...Object.fromEntries(selections.map((f) => [f.key, code])) }));
  }
  return rowsOf(graph, countriesByCodes(codes, selections, path));
}
