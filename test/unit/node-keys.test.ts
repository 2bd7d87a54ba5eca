import { KEY_OF_LABEL, NODES_BY_KEY } from '../../src/graph/edits/node-keys';

// The edits find nodes again by these written-out queries: one per keyed label, each a seek on that label's key.
it('has one lookup query per keyed label, matching on that label and its key', () => {
  expect(Object.keys(NODES_BY_KEY).sort()).toEqual(Object.keys(KEY_OF_LABEL).sort());
  for (const [label, key] of Object.entries(KEY_OF_LABEL)) {
    expect(NODES_BY_KEY[label]).toBe(`UNWIND $values AS value MATCH (n:${label} {${key}: value}) RETURN value, elementId(n) AS elementId`);
  }
});
