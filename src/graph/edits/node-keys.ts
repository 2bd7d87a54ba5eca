/**
 * How a node is found again after it was deleted and written back: the label and the property
 * its unique constraint is on (migrations v1–v3, v5). Every label an edit can touch or point at
 * is here; the lookup queries below are built once from this fixed table (never from request
 * text), one per label, so each lookup is an index seek.
 */
export const KEY_OF_LABEL: Readonly<Record<string, string>> = {
  Consultation: 'id',
  Participation: 'id',
  Official: 'id',
  Source: 'id',
  Series: 'id',
  Country: 'code',
  Ministry: 'id',
  Topic: 'key',
  NameKey: 'value',
  SideMeeting: 'id',
  Organisation: 'id',
  DiplomaticRelations: 'id',
  Agreement: 'id',
  // Audit records of merges made before audit entries existed (no constraint: few, label scan).
  MergeRecord: 'id',
};

/** A node by its domain key: `{label: 'Official', value: 'az-ali-aliyev'}`. */
export interface NodeKey {
  label: string;
  value: string;
}

/** The key of a node with these labels and properties (a source also carries its search label). */
export function keyOf(labels: readonly string[], properties: Record<string, unknown>): NodeKey {
  const label = labels.find((l) => l in KEY_OF_LABEL);
  if (!label) throw new Error(`snapshot: no key is known for a node labelled ${labels.join(':')}`);
  return { label, value: String(properties[KEY_OF_LABEL[label]]) };
}

export function keyText(key: NodeKey): string {
  return `${key.label}:${key.value}`;
}

/** Element ids of the nodes with the given keys of one label (index seek on the unique key). */
export const NODES_BY_KEY: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(KEY_OF_LABEL).map(([label, key]) => [
    label,
    `UNWIND $values AS value MATCH (n:${label} {${key}: value}) RETURN value, elementId(n) AS elementId`,
  ]),
);
