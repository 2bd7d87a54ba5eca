// The side panel: what is selected (an official, a country or a consultation with its sources).
import { h, safeHref } from './dom.js';
import { countryColour, parityOf, roundText } from './model.js';
import { explorerUrl } from './url-state.js';

const FORMAT = { IN_PERSON: 'in person', VIDEO_CONFERENCE: 'by video link', PHONE: 'by phone' };
const KIND = {
  POLITICAL_CONSULTATIONS: 'Political consultations',
  INTERGOVERNMENTAL_COMMISSION: 'Intergovernmental commission',
  OTHER: 'Bilateral talks',
};
const ORIGIN = {
  STATED: 'stated by a source',
  INFERRED: 'inferred from a neighbouring round',
  UNKNOWN: 'no source states it, and nothing allows inferring it',
};

const RANK = {
  MINISTER: 'minister', DEPUTY_MINISTER: 'deputy minister', STATE_SECRETARY: 'state secretary', DIRECTOR_GENERAL: 'director-general',
  HEAD_OF_DEPARTMENT: 'head of department', AMBASSADOR: 'ambassador', OTHER: 'other rank',
};

export const kindName = (kind) => KIND[kind] ?? kind;
const countrySwatch = (code) => h('i', { class: 'swatch', style: `background:${countryColour(code)}` });
const pairOf = (consultation) => consultation.countries.map((c) => c.code).sort();

/** A button that does something in the explorer, so keyboards and tests reach what a tap does. */
const action = (label, onclick, extra = {}) => h('button', { type: 'button', class: 'action', onclick, ...extra }, label);

function consultationLine(consultation, actions) {
  const pairNames = consultation.countries.map((c) => c.name).join(' – ');
  return h('li', {},
    action(`${consultation.date ?? 'undated'} · ${pairNames} · ${roundText(consultation.round)}`, () => actions.selectConsultation(consultation.id),
      { dataset: { consultation: consultation.id, origin: consultation.round.origin } }));
}

export function showOfficial(panel, node, consultations, actions) {
  const own = consultations.filter((c) => c.participants.some((p) => p.official && p.official.id === node.officialId));
  panel.replaceChildren(
    h('h2', {}, node.label),
    h('p', { class: 'meta' }, countrySwatch(node.code), node.countryName),
    node.aliases.length > 0 ? h('p', { class: 'meta aliases' }, `Also written: ${node.aliases.join(', ')}`) : null,
    node.expanded
      ? h('p', { class: 'meta' }, 'Expanded: every consultation of this official is on the graph.')
      : action(`Expand ${node.label}`, () => actions.expand(node.id), { dataset: { expand: node.id } }),
    h('p', {}, h('a', { href: explorerUrl({ view: { type: 'official', id: node.officialId } }) }, 'Link to this official')),
    h('h3', {}, 'Consultations on the graph'),
    h('ul', { class: 'plain' }, own.map((c) => consultationLine(c, actions))),
  );
}

export function showCountry(panel, node, consultations, actions) {
  const own = consultations.filter((c) => c.countries.some((country) => country.code === node.code));
  const partners = new Map();
  for (const c of own) for (const country of c.countries) if (country.code !== node.code) partners.set(country.code, country.name);
  panel.replaceChildren(
    h('h2', {}, countrySwatch(node.code), node.label),
    node.expanded
      ? h('p', { class: 'meta' }, 'Expanded: its consultations are on the graph.')
      : action(`Expand ${node.label}`, () => actions.expand(node.id), { dataset: { expand: node.id } }),
    h('p', {}, h('a', { href: explorerUrl({ view: { type: 'country', code: node.code } }) }, 'Link to this country')),
    h('h3', {}, 'Timelines with'),
    h('ul', { class: 'plain' }, [...partners].map(([code, name]) =>
      h('li', {}, action(`${node.label} – ${name}`, () => actions.showSeries([node.code, code].sort()), { dataset: { series: [node.code, code].sort().join(',') } })))),
  );
}

function roundBlock(round) {
  return h('div', { class: `round-detail ${round.origin.toLowerCase()}` },
    h('strong', {}, roundText(round)), ` — ${ORIGIN[round.origin]}`,
    round.statedAs ? h('div', {}, `Stated as “${round.statedAs}”`) : null,
    round.conflicting ? h('div', { class: 'warning' }, 'Sources state different numbers:') : null,
    round.statements.length > 1 || round.conflicting
      ? h('ul', {}, round.statements.map((s) => h('li', {}, `${s.number ?? 'no number'} (“${s.statedAs}”, source ${s.source.id})`)))
      : null);
}

/** Did both sides send the same level? The ranks of the two heads and the ladder steps between them. */
function parityBlock(consultation) {
  const parity = consultation.levelParity;
  if (!parity) return null;
  const kind = parityOf(consultation);
  const verdict = kind === 'BALANCED' ? 'Balanced: both heads at the same level'
    : kind === 'UNBALANCED' ? `Unbalanced: ${parity.gap} step${parity.gap === 1 ? '' : 's'} apart on the rank ladder`
      : 'Level parity unknown';
  const sides = parity.sides.map((s) => `${s.rank ? RANK[s.rank] ?? s.rank : 'head not recorded'} (${s.country.name})`).join(' vs ');
  return h('div', { class: `parity ${kind.toLowerCase()}`, dataset: { parity: kind, gap: parity.gap ?? '' } },
    h('strong', {}, verdict), h('div', { class: 'meta' }, sides));
}

function sourceItem(citation) {
  const { source, facts } = citation;
  const href = source.url ? safeHref(source.url) : null;
  return h('li', { class: 'source', dataset: { source: source.id } },
    href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, source.title) : h('strong', {}, source.title),
    h('div', { class: 'meta' }, [source.publisher, source.citing ? `citing ${source.citing}` : null, source.publishedAt, source.language]
      .filter(Boolean).join(' · ')),
    facts.length > 0 ? h('div', { class: 'meta' }, `Supports: ${facts.join(', ')}`) : null,
    source.caveats.map((caveat) => h('div', { class: 'warning' }, `Caveat: ${caveat}`)));
}

export function showConsultation(panel, consultation, actions) {
  const pair = pairOf(consultation);
  const heads = consultation.participants.filter((p) => p.role === 'HEAD_OF_DELEGATION');
  const place = [consultation.city, FORMAT[consultation.format]].filter(Boolean).join(', ');
  panel.replaceChildren(
    h('h2', {}, `${kindName(consultation.kind)}: ${consultation.countries.map((c) => c.name).join(' – ')}`),
    h('p', { class: 'meta' }, [consultation.date ?? 'undated', consultation.status === 'PLANNED' ? 'planned' : null, place || 'place not stated']
      .filter(Boolean).join(' · ')),
    roundBlock(consultation.round),
    parityBlock(consultation),
    h('h3', {}, 'Heads of delegation'),
    heads.length === 0 ? h('p', { class: 'meta' }, 'No source names them.') : h('ul', { class: 'plain' }, heads.map((p) =>
      h('li', {}, countrySwatch(p.country.code), p.official ? p.official.name : p.nameAsWritten ?? 'unnamed', p.title ? ` — ${p.title}` : ''))),
    consultation.topics.length > 0 ? h('p', { class: 'meta' }, `Topics: ${consultation.topics.join(', ')}`) : null,
    h('h3', {}, `Sources (${consultation.citations.length})`),
    h('ul', { class: 'plain sources' }, consultation.citations.map(sourceItem)),
    h('p', {},
      action('Timeline of this pair', () => actions.showSeries(pair), { dataset: { series: pair.join(',') } }), ' ',
      h('a', { href: explorerUrl({ view: { type: 'pair', pair } }) }, 'Link to this pair')),
  );
}

/** Search matches besides the one shown: officials and countries the text may also mean. */
export function showMatches(panel, { countries, officials }, shown) {
  const others = [
    ...countries.filter((c) => `c:${c.code}` !== shown).map((c) => ({ label: `${c.name} (country)`, view: { type: 'country', code: c.code } })),
    ...officials.filter((o) => `o:${o.node.id}` !== shown).map((o) => ({
      label: `${o.node.name} (${o.node.country.name})`, view: { type: 'official', id: o.node.id },
    })),
  ];
  panel.replaceChildren(others.length === 0 ? '' : h('div', { class: 'matches' }, h('h3', {}, 'Other matches'),
    h('ul', { class: 'plain' }, others.map((o) => h('li', {}, h('a', { href: explorerUrl({ view: o.view }) }, o.label))))));
}
