import { DocumentNode, Kind, visit } from 'graphql';

/**
 * What a request's arguments cost: one per character of every string it passes, written in the
 * document or sent as a variable. A field's cost counts the rows it may return; this counts the
 * work of reading what was sent (an article to extract, a long name to match), so fifteen aliased
 * 50,000-character extractions cannot hide under the cost limit. Bodies are bounded in bytes too
 * (GRAPHQL_MAX_BODY_BYTES); this bounds the work within one.
 */
export function argumentCost(document: DocumentNode, variables: Record<string, unknown>): number {
  let characters = 0;
  visit(document, {
    // Each use counts: one variable passed to fifteen aliased fields is read fifteen times.
    Argument: (node) => {
      visit(node.value, {
        [Kind.STRING]: (value) => void (characters += value.value.length),
        [Kind.VARIABLE]: (variable) => void (characters += stringCharacters(variables[variable.name.value])),
      });
      return false;
    },
  });
  return characters;
}

function stringCharacters(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + stringCharacters(item), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce<number>((sum, item) => sum + stringCharacters(item), 0);
  return 0;
}
