// A pair's series as a timeline of rounds. Stated, inferred and unknown rounds look different
// (solid, dashed, grey with "?"), and numbers no event carries are shown as a gap, never filled in.
// The series' rhythm follows the last round: when the next one is expected, and "quiet since …"
// once it is overdue (the API's Cadence rule); rounds whose heads stood at different levels are marked.
import { h } from './dom.js';
import { kindName } from './details.js';

const ORIGIN_WORD = { STATED: 'stated', INFERRED: 'inferred', UNKNOWN: 'unknown' };

function marker(event, onPick) {
  const { round } = event;
  const known = round.origin !== 'UNKNOWN' && round.number != null;
  const unbalanced = event.levelParity && event.levelParity.balanced === false;
  return h('li', {
    class: `round ${round.origin.toLowerCase()}${event.status === 'PLANNED' ? ' planned' : ''}${unbalanced ? ' unbalanced' : ''}`,
    dataset: { consultation: event.id, origin: round.origin, round: known ? round.number : '' },
  },
  h('button', {
    type: 'button', class: 'marker', onclick: () => onPick(event.id),
    title: [round.statedAs ? `Stated as “${round.statedAs}”` : `Round ${ORIGIN_WORD[round.origin]}`,
      unbalanced ? `heads ${event.levelParity.gap} step${event.levelParity.gap === 1 ? '' : 's'} apart in rank` : null].filter(Boolean).join('; '),
  }, known ? String(round.number) : '?'),
  h('span', { class: 'when' }, event.date ?? 'undated'),
  h('span', { class: 'how' }, [ORIGIN_WORD[round.origin], event.status === 'PLANNED' ? 'planned' : null, event.city, unbalanced ? 'unbalanced' : null]
    .filter(Boolean).join(' · ')));
}

/** The next round as the series' rhythm expects it: after the last marker, hollow; amber when overdue. */
function expectedMarker(series) {
  const cadence = series.cadence;
  if (!cadence || !cadence.expectedNextDate) return null;
  const next = series.nextRoundNumber;
  const basis = cadence.expectedFrom === 'PLANNED_DATE' ? 'announced' : `every ~${cadence.medianIntervalDays} days`;
  return h('li', { class: `expected${cadence.overdue ? ' overdue' : ''}`, dataset: { expected: cadence.expectedNextDate, overdue: String(cadence.overdue) } },
    h('span', { class: 'marker', title: `Expected ${cadence.expectedNextDate} (${basis})` }, next != null ? String(next) : '…'),
    h('span', { class: 'when' }, `expected ${cadence.expectedNextDate}`),
    h('span', { class: 'how' }, cadence.overdue ? `${basis} · overdue by ${cadence.daysOverdue} days` : basis));
}

/** "quiet since 2022-03-01" once overdue; the rhythm otherwise. */
function rhythm(series) {
  const cadence = series.cadence;
  if (!cadence) return null;
  if (cadence.overdue) {
    return cadence.lastHeldDate ? `quiet since ${cadence.lastHeldDate}` : `quiet: nothing recorded since the round announced for ${cadence.expectedNextDate}`;
  }
  if (cadence.medianIntervalDays != null) return `every ~${cadence.medianIntervalDays} days`;
  return null;
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
  const expected = expectedMarker(series);
  if (expected) items.push(expected);
  return items;
}

function row(series, onPick) {
  const names = series.countries.map((c) => c.name).join(' – ');
  const facts = [
    series.currentRoundNumber != null ? `current round ${series.currentRoundNumber}` : 'current round unknown',
    series.nextRoundNumber != null ? `next ${series.nextRoundNumber}` : null,
    `${series.rounds.length} recorded`,
  ].filter(Boolean).join(' · ');
  const quiet = Boolean(series.cadence && series.cadence.overdue);
  return h('div', {
    class: `series${quiet ? ' quiet' : ''}`,
    dataset: { series: series.id, pair: series.countries.map((c) => c.code).sort().join(','), quietSince: quiet ? series.cadence.lastHeldDate ?? '' : '' },
  },
    h('h3', {}, `${kindName(series.kind)}: ${names}`, h('span', { class: 'meta' }, ` — ${facts}`),
      rhythm(series) ? h('span', { class: quiet ? 'rhythm quiet' : 'rhythm' }, ` · ${rhythm(series)}`) : null),
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
