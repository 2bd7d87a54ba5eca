// What the text in the search box means, asked of the API (which resolves names in any language
// and script): a country, else an official, else a pair of countries ("KZ–BE", "Kasachstan und Belgien").
import { ask } from './api.js';
import { countryNodeId, officialNodeId } from './model.js';

/** Separators between the two sides of a pair, in the languages the sources come in. */
const PAIR_SEPARATOR = /\s*(?:[–—/,&|+]|\s-\s|(?<=\S)-(?=\S)|\s(?:and|und|et|y|и|və|ve|و|vs\.?)\s)\s*/u;

/**
 * Resolves to { nodeId } (a country or an official), or { pair: [code, code] }, or neither; with
 * `found`, every country and official the text may mean (shown as other matches).
 */
export async function resolveSearch(q) {
  const found = await ask('Search', { q });
  const best = found.officials.edges[0];
  // A country name wins over a fuzzy person match; an exact person match wins over a country.
  if (found.countries.length > 0 && !(best && best.matchScore === 1)) return { nodeId: countryNodeId(found.countries[0].code), found };
  if (best) return { nodeId: officialNodeId(best.node.id), found };
  const sides = q.split(PAIR_SEPARATOR).filter(Boolean);
  if (sides.length === 2) {
    const pair = await ask('PairSides', { a: sides[0], b: sides[1] });
    if (pair.a.length > 0 && pair.b.length > 0) return { pair: [pair.a[0].code, pair.b[0].code].sort(), found };
  }
  return { found };
}
