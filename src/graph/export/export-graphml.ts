import { createCB } from 'xmlbuilder2';
import { Graph } from '../graph';
import * as Q from './export.queries';

type GraphmlType = 'string' | 'long' | 'double' | 'boolean';

/**
 * The whole graph as GraphML (opens in Gephi, yEd, networkx), streamed: keys are declared from
 * the property types Neo4j reports, then every node and relationship is written as it is read.
 * GraphML has no list type: lists become "; "-joined strings. Node ids are Neo4j element ids;
 * `labels` and a display `label` (name, else id) are added for viewers.
 */
export async function exportGraphml(graph: Graph, write: (chunk: string) => void): Promise<{ nodes: number; relationships: number }> {
  const xml = createCB({ data: write, prettyPrint: true });
  xml.dec({ version: '1.0', encoding: 'UTF-8' });
  xml.ele('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' });
  const nodeKeys = await keysOf(graph, Q.NODE_PROPERTY_TYPES);
  const edgeKeys = await keysOf(graph, Q.RELATIONSHIP_PROPERTY_TYPES);
  const declare = (scope: 'node' | 'edge', name: string, type: GraphmlType) =>
    xml.ele('key', { id: `${scope}_${name}`, for: scope, 'attr.name': name, 'attr.type': type }).up();
  declare('node', 'labels', 'string');
  declare('node', 'label', 'string');
  for (const [name, type] of nodeKeys) declare('node', name, type);
  declare('edge', 'type', 'string');
  for (const [name, type] of edgeKeys) declare('edge', name, type);
  xml.ele('graph', { id: 'consultations', edgedefault: 'directed' });

  let nodes = 0;
  for await (const n of graph.stream<{ elementId: string; labels: string[]; properties: Record<string, unknown> }>(Q.NODES)) {
    xml.ele('node', { id: n.elementId });
    data(xml, 'node_labels', n.labels.map((l) => `:${l}`).join(''));
    data(xml, 'node_label', String(n.properties.name ?? n.properties.id ?? n.properties.value ?? n.labels[0]));
    for (const [key, value] of Object.entries(n.properties)) data(xml, `node_${key}`, value);
    xml.up();
    nodes += 1;
  }
  let relationships = 0;
  for await (const r of graph.stream<{ elementId: string; type: string; source: string; target: string; properties: Record<string, unknown> }>(Q.RELATIONSHIPS)) {
    xml.ele('edge', { id: r.elementId, source: r.source, target: r.target });
    data(xml, 'edge_type', r.type);
    for (const [key, value] of Object.entries(r.properties)) data(xml, `edge_${key}`, value);
    xml.up();
    relationships += 1;
  }
  xml.up().up();
  xml.end();
  return { nodes, relationships };
}

function data(xml: ReturnType<typeof createCB>, key: string, value: unknown): void {
  if (value === null || value === undefined) return;
  xml.ele('data', { key }).txt(Array.isArray(value) ? value.map(String).join('; ') : String(value)).up();
}

async function keysOf(graph: Graph, cypher: string): Promise<Array<[string, GraphmlType]>> {
  const rows = await graph.read<{ key: string; types: string[] }>(cypher);
  return rows.map(({ key, types }) => [key, graphmlType(types)]);
}

/** One GraphML type per key: a key holding several Neo4j types (or any list, date, …) is a string. */
function graphmlType(types: string[]): GraphmlType {
  const kinds = new Set(types.map((t) => t.replace(/ NOT NULL$/, '')));
  if (kinds.size !== 1) return 'string';
  const [kind] = kinds;
  return kind === 'INTEGER' ? 'long' : kind === 'FLOAT' ? 'double' : kind === 'BOOLEAN' ? 'boolean' : 'string';
}
