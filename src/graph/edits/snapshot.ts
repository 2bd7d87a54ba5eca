import { createHash } from 'node:crypto';
import { canonicalJson } from '../../domain/canonical-json';
import { TargetsChangedError } from '../../errors';
import { Params } from '../graph';
import { KEY_OF_LABEL, keyOf, keyText, NodeKey, NODES_BY_KEY } from './node-keys';
import * as Q from './snapshot.queries';
import { decodeValue, encodeValue, TypedValue } from './typed-values';

type Run = <T>(cypher: string, params?: Params) => Promise<T[]>;

/**
 * A set of nodes exactly as they were: labels, every property with its type, and every
 * relationship they have (to each other or to any other node, named by its key). An edit keeps
 * the snapshot of what it touches before it changes anything; the undo deletes what those nodes
 * became and writes the snapshot back, so the graph is the one before the edit.
 */
export interface Snapshot {
  nodes: SnapshotNode[];
  relationships: SnapshotRelationship[];
}

export interface SnapshotNode {
  key: NodeKey;
  labels: string[];
  properties: Record<string, TypedValue>;
}

export interface SnapshotRelationship {
  type: string;
  start: NodeKey;
  end: NodeKey;
  properties: Record<string, TypedValue>;
}

interface CapturedRow {
  elementId: string;
  labels: string[];
  properties: Array<{ key: string; type: string; value: unknown }>;
  relationships: Array<{
    elementId: string;
    type: string;
    outgoing: boolean;
    other: { labels: string[] } & Record<string, unknown>;
    properties: Array<{ key: string; type: string; value: unknown }>;
  }>;
}

const typed = (properties: CapturedRow['properties']) =>
  Object.fromEntries(properties.map((p) => [p.key, encodeValue(p.type, p.value)]));

/** The snapshot of the nodes with these element ids (those that exist), in one statement. */
export async function captureNodes(run: Run, elementIds: readonly string[]): Promise<Snapshot> {
  if (elementIds.length === 0) return { nodes: [], relationships: [] };
  const rows = await run<CapturedRow>(Q.CAPTURE_NODES, { ids: [...new Set(elementIds)] });
  const plain = (props: CapturedRow['properties']) => Object.fromEntries(props.map((p) => [p.key, p.value]));
  const relationships = new Map<string, SnapshotRelationship>();
  const nodes = rows.map((row) => {
    const key = keyOf(row.labels, plain(row.properties));
    for (const r of row.relationships) {
      const other = keyOf(r.other.labels, r.other);
      relationships.set(r.elementId, {
        type: r.type,
        start: r.outgoing ? key : other,
        end: r.outgoing ? other : key,
        properties: typed(r.properties),
      });
    }
    return { key, labels: [...row.labels].sort(), properties: typed(row.properties) };
  });
  return sortSnapshot({ nodes, relationships: [...relationships.values()] });
}

/** Element ids of the nodes with these keys that exist now. */
export async function findNodes(run: Run, keys: readonly NodeKey[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const byLabel = new Map<string, string[]>();
  for (const key of keys) byLabel.set(key.label, [...(byLabel.get(key.label) ?? []), key.value]);
  for (const [label, values] of byLabel) {
    const query = NODES_BY_KEY[label];
    if (!query) throw new Error(`snapshot: no key is known for ${label}`);
    for (const row of await run<{ value: string; elementId: string }>(query, { values: [...new Set(values)] })) {
      found.set(keyText({ label, value: row.value }), row.elementId);
    }
  }
  return found;
}

/**
 * Properties whose values are derived from the whole series (rounds, level parity): a later
 * write elsewhere in the series may change them without changing the edit's targets, and the
 * undo recomputes them anyway. They are left out when deciding whether the targets changed.
 */
const SERIES_DERIVED = /^(round(Number|Origin|StatedAs|Conflicting|AtLeast|AtMost)|level(Balanced|Gap|SideCountries|SideRanks))$/;

/** A digest of what the targets are: equal digests, nothing an undo would overwrite has changed. */
export function snapshotDigest(snapshot: Snapshot): string {
  const facts = snapshot.nodes.map((n) => ({
    ...n,
    properties: Object.fromEntries(Object.entries(n.properties).filter(([k]) => !(n.labels.includes('Consultation') && SERIES_DERIVED.test(k)))),
  }));
  return createHash('sha256').update(canonicalJson({ nodes: facts, relationships: snapshot.relationships })).digest('hex');
}

/**
 * Writes `before` back in place of the nodes `current` names (which are deleted with every
 * relationship they have). Refused with CONFLICT, nothing written, when a node `before` points
 * at is gone or a node it would re-create exists again under its key.
 */
export async function restoreSnapshot(run: Run, before: Snapshot, currentElementIds: readonly string[], currentKeys: readonly NodeKey[]): Promise<void> {
  for (const node of before.nodes) {
    if (!node.labels.every((l) => /^[A-Za-z][A-Za-z0-9_]*$/.test(l)) || !(node.key.label in KEY_OF_LABEL)) {
      throw new Error(`snapshot: unexpected labels ${node.labels.join(':')}`);
    }
  }
  for (const r of before.relationships) if (!/^[A-Z][A-Z0-9_]*$/.test(r.type)) throw new Error(`snapshot: unexpected relationship type ${r.type}`);
  const own = new Set(before.nodes.map((n) => keyText(n.key)));
  const current = new Set(currentKeys.map(keyText));
  const reborn = before.nodes.filter((n) => !current.has(keyText(n.key))).map((n) => n.key);
  const others = uniqueKeys(before.relationships.flatMap((r) => [r.start, r.end]).filter((k) => !own.has(keyText(k))));
  const existing = await findNodes(run, [...reborn, ...others]);
  const taken = reborn.filter((k) => existing.has(keyText(k)));
  if (taken.length > 0) throw new TargetsChangedError(`Cannot undo: ${taken.map(keyText).join(', ')} exists again since the edit; nothing was changed.`);
  const gone = others.filter((k) => !existing.has(keyText(k)));
  if (gone.length > 0) throw new TargetsChangedError(`Cannot undo: ${gone.map(keyText).join(', ')} no longer exists; nothing was changed.`);

  await run(Q.DELETE_NODES, { ids: currentElementIds });
  const created = await run<{ ref: number; elementId: string }>(Q.CREATE_NODES, {
    nodes: before.nodes.map((n, ref) => ({ ref, labels: n.labels, properties: decodeAll(n.properties) })),
  });
  const elementOf = new Map(existing);
  for (const { ref, elementId } of created) elementOf.set(keyText(before.nodes[ref].key), elementId);
  await run(Q.CREATE_RELATIONSHIPS, {
    relationships: before.relationships.map((r) => ({
      type: r.type,
      start: elementOf.get(keyText(r.start)),
      end: elementOf.get(keyText(r.end)),
      properties: decodeAll(r.properties),
    })),
  });
}

function decodeAll(properties: Record<string, TypedValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, decodeValue(v)]));
}

function uniqueKeys(keys: readonly NodeKey[]): NodeKey[] {
  return [...new Map(keys.map((k) => [keyText(k), k])).values()];
}

/** One order for equal snapshots, whatever order Neo4j returned things in. */
function sortSnapshot(snapshot: Snapshot): Snapshot {
  const by = <T>(text: (x: T) => string) => (a: T, b: T) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0);
  return {
    nodes: [...snapshot.nodes].sort(by((n) => keyText(n.key))),
    relationships: [...snapshot.relationships].sort(by((r) => canonicalJson(r))),
  };
}
