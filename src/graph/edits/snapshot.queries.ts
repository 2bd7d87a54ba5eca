/**
 * The statements that keep and write back a set of nodes for an undo (snapshot.ts). Nodes are
 * addressed by element id, which is stable within the transaction that reads it (element-id seek).
 */

/** Each node with its labels, every property with its type, and every relationship it has, with the far node's labels and key fields. */
export const CAPTURE_NODES = `
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
RETURN elementId(n) AS elementId, labels(n) AS labels,
  [k IN keys(n) | {key: k, type: valueType(n[k]), value: n[k]}] AS properties,
  [(n)-[r]-(m) | {
     elementId: elementId(r), type: type(r), outgoing: startNode(r) = n,
     other: {labels: labels(m), id: m.id, code: m.code, key: m.key, value: m.value},
     properties: [k IN keys(r) | {key: k, type: valueType(r[k]), value: r[k]}]}] AS relationships`;

/** Write locks on the given nodes before anything is read (setting and removing a marker changes nothing). */
export const LOCK_NODES = `
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
SET n.editLock = true
REMOVE n.editLock`;

export const DELETE_NODES = `
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
DETACH DELETE n`;

/** Dynamic labels (Neo4j 5.26): the labels come from a snapshot this code wrote, checked against KEY_OF_LABEL. */
export const CREATE_NODES = `
UNWIND $nodes AS node
CREATE (n:$(node.labels))
SET n = node.properties
RETURN node.ref AS ref, elementId(n) AS elementId`;

export const CREATE_RELATIONSHIPS = `
UNWIND $relationships AS rel
MATCH (a) WHERE elementId(a) = rel.start
MATCH (b) WHERE elementId(b) = rel.end
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.properties`;
