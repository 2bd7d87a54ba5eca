// From consultations (as the API returns them) to the network's nodes and edges: countries and
// officials are nodes; every consultation is an edge between the heads of the two delegations
// (or the country itself when a source names no head); a thin edge ties an official to a country.

export const officialNodeId = (id) => `o:${id}`;
export const countryNodeId = (code) => `c:${code}`;

/** Twelve colours people tell apart (Tableau/d3 category10 plus two dark ones). */
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f', '#393b79', '#637939'];
const colours = new Map();

/**
 * A colour per country: its own slot of the palette by a hash of its code, so a country keeps its
 * colour from view to view, unless another country on screen has it already (then the next free one).
 */
export function countryColour(code) {
  if (colours.has(code)) return colours.get(code);
  let hash = 2166136261;
  for (const char of code) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  const taken = new Set(colours.values());
  let slot = hash % PALETTE.length;
  for (let i = 0; i < PALETTE.length && taken.has(PALETTE[slot]); i += 1) slot = (slot + 1) % PALETTE.length;
  // Past twelve countries on screen: still one colour each, spread by the golden angle.
  const colour = taken.has(PALETTE[slot]) ? `hsl(${Math.round((colours.size * 137.508) % 360)}, 55%, 42%)` : PALETTE[slot];
  colours.set(code, colour);
  return colour;
}

/** A new view starts with a free palette. */
export function resetColours() {
  colours.clear();
}

/** "round 5", "round 5 (inferred)", "round ?": the same words on edges, timeline and exports. */
export function roundText(round) {
  if (round.origin === 'UNKNOWN' || round.number == null) return 'round ?';
  return round.origin === 'INFERRED' ? `round ${round.number} (inferred)` : `round ${round.number}`;
}

/** BALANCED, UNBALANCED or UNKNOWN: did both heads stand at the same level of the rank ladder? */
export function parityOf(consultation) {
  const balanced = consultation.levelParity ? consultation.levelParity.balanced : null;
  return balanced === true ? 'BALANCED' : balanced === false ? 'UNBALANCED' : 'UNKNOWN';
}

export function edgeLabel(consultation) {
  const when = consultation.date ?? 'undated';
  const planned = consultation.status === 'PLANNED' ? 'planned · ' : '';
  return `${planned}${when} · ${roundText(consultation.round)}`;
}

function countryNode(country) {
  return {
    group: 'nodes',
    data: { id: countryNodeId(country.code), kind: 'country', label: country.name, code: country.code, colour: countryColour(country.code) },
  };
}

function officialNode(official) {
  return {
    group: 'nodes',
    data: {
      id: officialNodeId(official.id), kind: 'official', label: official.name, officialId: official.id, aliases: official.aliases,
      code: official.country.code, countryName: official.country.name, colour: countryColour(official.country.code),
    },
  };
}

function membershipEdge(official) {
  return {
    group: 'edges',
    // Membership is context, not a fact to inspect: a click on it selects nothing.
    selectable: false,
    data: {
      id: `m:${official.id}`, kind: 'member', source: officialNodeId(official.id), target: countryNodeId(official.country.code),
      colour: countryColour(official.country.code),
    },
  };
}

/** One side's ends of the edge: its named heads of delegation, else the country itself. */
function sideEnds(consultation, country) {
  const heads = consultation.participants.filter(
    (p) => p.role === 'HEAD_OF_DELEGATION' && p.official && p.country.code === country.code,
  );
  return heads.length > 0 ? heads.map((p) => officialNodeId(p.official.id)) : [countryNodeId(country.code)];
}

/** An official on their own (one with no consultation yet still gets a node). */
export function officialElements(official) {
  return [officialNode(official), countryNode(official.country), membershipEdge(official)];
}

/**
 * Elements for a list of consultations. An official already in the list twice, or already on the
 * screen, is the same node: ids are the graph's ids.
 */
export function elementsFor(consultations) {
  const elements = new Map();
  const put = (element) => elements.set(element.data.id, element);
  for (const consultation of consultations) {
    for (const country of consultation.countries) put(countryNode(country));
    for (const participant of consultation.participants) {
      if (participant.role !== 'HEAD_OF_DELEGATION' || !participant.official) continue;
      put(officialNode(participant.official));
      put(countryNode(participant.official.country));
      put(membershipEdge(participant.official));
    }
    if (consultation.countries.length !== 2) continue;
    const [a, b] = consultation.countries;
    const pair = [a.code, b.code].sort();
    const ends = sideEnds(consultation, a).flatMap((source) => sideEnds(consultation, b).map((target) => [source, target]));
    ends.forEach(([source, target], index) => {
      put({
        group: 'edges',
        data: {
          id: ends.length === 1 ? `e:${consultation.id}` : `e:${consultation.id}:${index}`,
          kind: 'consultation', source, target, consultationId: consultation.id,
          label: edgeLabel(consultation), origin: consultation.round.origin, status: consultation.status, parity: parityOf(consultation),
          date: consultation.date ?? '', pair: pair.join(','),
        },
      });
    });
  }
  return [...elements.values()];
}
