/**
 * How a node is found again after it was deleted and written back: the label and the property
 * its unique constraint is on (migrations v1–v3, v5). Every label an edit can touch or point at
 * is here, with its lookup query below (NODES_BY_KEY; a unit test keeps the two tables in step).
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

/**
 * Element ids of the nodes with the given keys, one query per label (index seek on the unique
 * key), written out so every query the edits run can be read here as it is sent.
 */
export const NODES_BY_KEY: Readonly<Record<string, string>> = {
  Consultation: 'UNWIND $values AS value MATCH (n:Consultation {id: value}) RETURN value, elementId(n) AS elementId',
  Participation: 'UNWIND $values AS value MATCH (n:Participation {id: value}) RETURN value, elementId(n) AS elementId',
  Official: 'UNWIND $values AS value MATCH (n:Official {id: value}) RETURN value, elementId(n) AS elementId',
  Source: 'UNWIND $values AS value MATCH (n:Source {id: value}) RETURN value, elementId(n) AS elementId',
  Series: 'UNWIND $values AS value MATCH (n:Series {id: value}) RETURN value, elementId(n) AS elementId',
  Country: 'UNWIND $values AS value MATCH (n:Country {code: value}) RETURN value, elementId(n) AS elementId',
  Ministry: 'UNWIND $values AS value MATCH (n:Ministry {id: value}) RETURN value, elementId(n) AS elementId',
  Topic: 'UNWIND $values AS value MATCH (n:Topic {key: value}) RETURN value, elementId(n) AS elementId',
  NameKey: 'UNWIND $values AS value MATCH (n:NameKey {value: value}) RETURN value, elementId(n) AS elementId',
  SideMeeting: 'UNWIND $values AS value MATCH (n:SideMeeting {id: value}) RETURN value, elementId(n) AS elementId',
  Organisation: 'UNWIND $values AS value MATCH (n:Organisation {id: value}) RETURN value, elementId(n) AS elementId',
  DiplomaticRelations: 'UNWIND $values AS value MATCH (n:DiplomaticRelations {id: value}) RETURN value, elementId(n) AS elementId',
  Agreement: 'UNWIND $values AS value MATCH (n:Agreement {id: value}) RETURN value, elementId(n) AS elementId',
  MergeRecord: 'UNWIND $values AS value MATCH (n:MergeRecord {id: value}) RETURN value, elementId(n) AS elementId',
};
