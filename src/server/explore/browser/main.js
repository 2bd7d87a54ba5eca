// The explorer: search → network → expand, select, timeline; every view a shareable URL.
import { ApiError, ask, networkPageSize, subscribe, useKey } from './api.js';
import { showConsultation, showCountry, showMatches, showOfficial } from './details.js';
import { h } from './dom.js';
import { exportAs } from './exports.js';
import { resolveSearch } from './search.js';
import { countryNodeId, edgeLabel, elementsFor, officialElements, officialNodeId, resetColours } from './model.js';
import { Network } from './network.js';
import { clearTimeline, showTimeline } from './timeline.js';
import { explorerUrl, parseExplorerUrl } from './url-state.js';

const $ = (id) => document.getElementById(id);
const statusLine = $('status');
const selectionPanel = $('selection');
const matchesPanel = $('matches');
const timelineSection = $('timeline');

/** Every consultation fetched so far, by id: the panel, timeline and exports read it. */
const consultations = new Map();
/** The state the URL describes: changed by `record` (a click) or read from the URL (load, back/forward). */
let state = { view: null, expand: [], series: null, consultation: null };
/** The node a search view resolved to: like an official or country view's node, never listed in `expand`. */
let searchedNode = null;
/** A newer render makes an older one's late answers moot. */
let generation = 0;

function say(text, kind = 'info') {
  statusLine.textContent = text;
  statusLine.className = kind;
}

const network = new Network($('network'), {
  onNodeTap: (node) => run(() => selectNode(node.id, { expand: true })),
  onEdgeTap: (edge) => run(() => selectConsultation(edge.consultationId)),
});

const actions = {
  expand: (nodeId) => run(() => selectNode(nodeId, { expand: true })),
  selectConsultation: (id) => run(() => selectConsultation(id)),
  showSeries: (pair) => run(() => loadSeries(pair, { record: true })),
};

let pending = 0;

/**
 * Runs a user action, showing its failure instead of throwing into the console. body[data-busy]
 * says whether anything is still loading (the browser test waits on it).
 */
async function run(task) {
  pending += 1;
  document.body.dataset.busy = 'true';
  try {
    await task();
  } catch (error) {
    say(error instanceof ApiError ? error.message : `Something went wrong: ${error.message}`, 'error');
    if (!(error instanceof ApiError)) console.error(error);
    else if (error.code === 'UNAUTHENTICATED') askForKey();
  } finally {
    pending -= 1;
    if (pending === 0) document.body.dataset.busy = 'false';
  }
}

/** This API wants a key for reading: a field for it under the message, then the view again. */
function askForKey() {
  const input = h('input', { type: 'password', autocomplete: 'off', 'aria-label': 'API key', placeholder: 'API key' });
  const form = h('form', { class: 'key' }, input, h('button', { type: 'submit' }, 'Use this key'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    useKey(input.value.trim());
    startLive();
    run(render);
  });
  statusLine.append(' ', form);
  input.focus();
}

function record(change) {
  state = { ...state, ...change };
  history.pushState(null, '', explorerUrl(state));
}

function addConsultations(list, around = null) {
  for (const c of list) consultations.set(c.id, c);
  return network.add(elementsFor(list), { around });
}

function describeNetwork(what, connection) {
  const shown = connection.edges.length;
  const more = connection.totalCount > shown ? ` (the newest ${shown} of ${connection.totalCount})` : '';
  return `${what}: ${shown} consultation${shown === 1 ? '' : 's'}${more}.`;
}

/** An official's or a country's own network: fetched, added, the node marked as expanded. */
async function expandNode(nodeId) {
  if (nodeId.startsWith('o:')) {
    const id = nodeId.slice(2);
    const data = await ask('OfficialNetwork', { id, participant: id, first: networkPageSize });
    if (!data.official) throw new ApiError(`No official with id ${id}.`);
    network.add(officialElements(data.official), { around: nodeId });
    addConsultations(data.consultations.edges.map((e) => e.node), nodeId);
    network.markExpanded(nodeId);
    return describeNetwork(data.official.name, data.consultations);
  }
  const code = nodeId.slice(2);
  const data = await ask('CountryNetwork', { code, first: networkPageSize });
  if (!data.country) throw new ApiError(`No country ${code}.`);
  addConsultations(data.consultations.edges.map((e) => e.node), nodeId);
  network.markExpanded(countryNodeId(data.country.code));
  return describeNetwork(data.country.name, data.consultations);
}

async function selectNode(nodeId, { expand }) {
  let node = network.nodeData(nodeId);
  if (expand && !(node && node.expanded)) {
    say('Loading…');
    say(await expandNode(nodeId));
    if (!state.expand.includes(nodeId) && !isViewNode(nodeId)) record({ expand: [...state.expand, nodeId] });
    node = network.nodeData(nodeId);
  }
  if (!node) return;
  network.select(nodeId);
  const list = [...consultations.values()];
  if (node.kind === 'official') showOfficial(selectionPanel, node, list, actions);
  else showCountry(selectionPanel, node, list, actions);
}

function isViewNode(nodeId) {
  const view = state.view;
  return (view?.type === 'official' && officialNodeId(view.id) === nodeId) || (view?.type === 'country' && countryNodeId(view.code) === nodeId)
    || (view?.type === 'search' && searchedNode === nodeId);
}

async function selectConsultation(id, { load = true } = {}) {
  const consultation = consultations.get(id);
  if (!consultation) return;
  let edges = network.edgesOf(id);
  if (edges.empty()) {
    addConsultations([consultation]);
    edges = network.edgesOf(id);
  }
  network.select(edges.first().id());
  showConsultation(selectionPanel, consultation, actions);
  const pair = consultation.countries.map((c) => c.code).sort();
  if (load) {
    if (state.consultation !== id || state.series?.join(',') !== pair.join(',')) record({ consultation: id, series: pair });
    await loadSeries(pair, { record: false });
  }
}

/** The timeline of a pair's series; a round picked on it selects its consultation. */
async function loadSeries(pair, { record: remember }) {
  const data = await ask('PairSeries', { pair });
  const seriesList = [data.political, data.commission, data.other];
  const names = seriesList.find(Boolean)?.countries.map((c) => c.name).join(' – ') ?? pair.join(' – ');
  showTimeline(timelineSection, seriesList, names, (id) => run(() => pickRound(pair, id)));
  if (remember && state.series?.join(',') !== pair.join(',')) record({ series: pair });
}

/** A round on the timeline may not be on the graph yet: the pair's consultations are fetched. */
async function pickRound(pair, id) {
  if (!consultations.has(id)) {
    const data = await ask('PairNetwork', { pair, first: networkPageSize });
    addConsultations(data.consultations.edges.map((e) => e.node));
  }
  await selectConsultation(id);
}

async function showPair(pair) {
  const data = await ask('PairNetwork', { pair, first: networkPageSize });
  addConsultations(data.consultations.edges.map((e) => e.node));
  await loadSeries(pair, { record: false });
  const names = [...consultations.values()].find((c) => c.countries.map((x) => x.code).sort().join(',') === pair.join(','))
    ?.countries.map((c) => c.name).join(' – ') ?? pair.join(' – ');
  return describeNetwork(names, data.consultations);
}

/** Draws the whole state from scratch: on load, on a new search and on back/forward. */
async function render() {
  const mine = ++generation;
  const current = state;
  searchedNode = null;
  network.clear();
  consultations.clear();
  resetColours();
  clearTimeline(timelineSection);
  matchesPanel.replaceChildren();
  selectionPanel.replaceChildren(h('p', { class: 'hint' }, 'Click a node to expand it; click a consultation to see its sources.'));
  $('q').value = current.view?.type === 'search' ? current.view.q : '';
  if (!current.view) {
    say('Search for an official, a country or a pair of countries.');
    return;
  }
  say('Loading…');
  let message;
  let focus = null;
  const view = current.view;
  if (view.type === 'search') {
    const { nodeId, pair, found } = await resolveSearch(view.q);
    if (mine !== generation) return;
    showMatches(matchesPanel, { countries: found.countries, officials: found.officials.edges }, nodeId);
    if (nodeId) {
      searchedNode = nodeId;
      message = `“${view.q}” → ${await expandNode(nodeId)}`;
      focus = nodeId;
    } else if (pair) {
      message = `“${view.q}” → ${await showPair(pair)}`;
    } else {
      say(`Nothing found for “${view.q}”: no official, country or pair of countries by that name.`, 'empty');
      return;
    }
  } else if (view.type === 'pair') {
    message = await showPair(view.pair);
  } else {
    focus = view.type === 'official' ? officialNodeId(view.id) : countryNodeId(view.code);
    message = await expandNode(focus);
  }
  for (const nodeId of current.expand) {
    if (mine !== generation) return;
    await expandNode(nodeId);
  }
  if (mine !== generation) return;
  if (current.series && !(view.type === 'pair' && current.series.join(',') === view.pair.join(','))) await loadSeries(current.series, { record: false });
  if (current.consultation && consultations.has(current.consultation)) await selectConsultation(current.consultation, { load: false });
  else if (focus) await selectNode(focus, { expand: false });
  say(message);
}

/** The live feed's state in the header (and on body[data-live], which the browser test waits on). */
function showLive(state, reason = '') {
  const badge = $('live');
  badge.dataset.state = state;
  badge.textContent = state === 'connected' ? 'live' : state === 'connecting' ? 'live: connecting…' : 'live: off';
  badge.title = reason || (state === 'connected' ? 'New consultations appear as they are recorded' : '');
  document.body.dataset.live = state;
}

/** Whether a recorded consultation touches the view: one of its countries or heads is drawn, or its pair's timeline is shown. */
function touchesView(consultation) {
  const pair = consultation.countries.map((c) => c.code).sort().join(',');
  const heads = consultation.participants.filter((p) => p.official).map((p) => officialNodeId(p.official.id));
  return state.series?.join(',') === pair
    || consultation.countries.some((c) => network.nodeData(countryNodeId(c.code)))
    || heads.some((id) => network.nodeData(id));
}

/** A consultation recorded while the page is open: onto the graph and the timeline when it belongs to the view. */
async function recorded(consultation) {
  if (!touchesView(consultation)) return;
  const pair = consultation.countries.map((c) => c.code).sort();
  consultations.set(consultation.id, consultation);
  const elements = elementsFor([consultation]);
  network.update(elements);
  network.add(elements);
  if (state.series?.join(',') === pair.join(',') || (state.view?.type === 'pair' && state.view.pair.join(',') === pair.join(','))) {
    await loadSeries(pair, { record: false });
  }
  if (state.consultation === consultation.id) showConsultation(selectionPanel, consultation, actions);
  const names = consultation.countries.map((c) => c.name).join(' – ');
  say(`New: ${names} · ${edgeLabel(consultation)} — recorded just now.`, 'live');
}

let stopLive = null;
function startLive() {
  if (stopLive) stopLive();
  stopLive = subscribe('Live', {
    onData: (data) => run(() => recorded(data.consultationRecorded)),
    onState: showLive,
  });
}

$('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = $('q').value.trim();
  state = { view: q ? { type: 'search', q } : null, expand: [], series: null, consultation: null };
  history.pushState(null, '', explorerUrl(state));
  run(render);
});

for (const button of document.querySelectorAll('[data-export]')) {
  button.addEventListener('click', () => run(async () => {
    if (network.isEmpty()) throw new ApiError('Nothing on the graph to export yet.');
    await exportAs(button.dataset.export, network.cy, consultations, 'consultations');
  }));
}

window.addEventListener('popstate', () => {
  state = parseExplorerUrl(location.search);
  run(render);
});

state = parseExplorerUrl(location.search);
run(render);
startLive();
// For the browser test and for anyone poking at the graph in the console, as Cytoscape's demos do.
window.explorer = { cy: network.cy, consultations };
