// A pair's series as a timeline of rounds. Stated, inferred and unknown rounds look different
// (solid, dashed, grey with "?"), and numbers no event carries are shown as a gap, never filled in.
import { h } from './dom.js';
import { kindName } from './details.js';

const ORIGIN_WORD = { STATED: 'stated', INFERRED: 'inferred', UNKNOWN: 'unknown' };

function marker(event, onPick) {
  const { round } = event;
  const known = round.origin !== 'UNKNOWN' && round.number != null;
  return h('li', {
    class: `round ${round.origin.toLowerCase()}${event.status === 'PLANNED' ? ' planned' : ''}`,
    dataset: { consultation: event.id, origin: round.origin, round: known ? round.number : '' },
  },
  h('button', {
    type: 'button', class: 'marker', onclick: () => onPick(event.id),
    title: round.statedAs ? `Stated as “${round.statedAs}”` : `Round ${ORIGIN_WORD[round.origin]}`,
  }, known ? String(round.number) : '?'),
  h('span', { class: 'when' }, event.date ?? 'undated'),
  h('span', { class: 'how' }, [ORIGIN_WORD[round.origin], event.status === 'PLANNED' ? 'planned' : null, event.city].filter(Boolean).join(' · ')));
}

const gap = (from, to) => h('li', { class: 'gap', dataset: { from, to } },
  h('span', {}, from === to ? `round ${from}` : `rounds ${from}–${to}`), h('span', { class: 'how' }, 'no record'));

/** Markers in date order, with a gap wherever known numbers skip (including before the first). */
function markers(series, onPick) {
  const items = [];
  let lastNumber = 0;
  for (const event of series.rounds) {
    const number = event.round.origin !== 'UNKNOWN' ? event.round.number : null;
    if (number != null && number > lastNumber + 1) items.push(gap(lastNumber + 1, number - 1));
    items.push(marker(event, onPick));
    if (number != null) lastNumber = Math.max(lastNumber, number);
  }
  return items;
}

function row(series, onPick) {
  const names = series.countries.map((c) => c.name).join(' – ');
  const facts = [
    series.currentRoundNumber != null ? `current round ${series.currentRoundNumber}` : 'current round unknown',
    series.nextRoundNumber != null ? `next ${series.nextRoundNumber}` : null,
    `${series.rounds.length} recorded`,
  ].filter(Boolean).join(' · ');
  return h('div', { class: 'series', dataset: { series: series.id, pair: series.countries.map((c) => c.code).sort().join(',') } },
    h('h3', {}, `${kindName(series.kind)}: ${names}`, h('span', { class: 'meta' }, ` — ${facts}`)),
    h('ol', { class: 'rounds' }, markers(series, onPick)));
}

/** Renders every series the pair has (political consultations, commission, other). */
export function showTimeline(section, seriesList, pairNames, onPick) {
  const present = seriesList.filter(Boolean);
  section.replaceChildren(...(present.length === 0
    ? [h('p', { class: 'meta' }, `No recurring talks recorded between ${pairNames}.`)]
    : present.map((series) => row(series, onPick))));
}

export function clearTimeline(section) {
  section.replaceChildren();
}
