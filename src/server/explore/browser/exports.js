// The visible subgraph as a file: PNG and SVG as drawn (Cytoscape.js and cytoscape-svg), CSV of
// the consultations on screen (Papa Parse writes it), GraphML of every node and edge (written as
// an XML document by the browser's own DOM, so escaping is the serializer's job).
import { roundText } from './model.js';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

function download(filename, blob) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const visible = (cy) => cy.elements(':visible');

function headOn(consultation, code) {
  return consultation.participants
    .filter((p) => p.role === 'HEAD_OF_DELEGATION' && p.country.code === code)
    .map((p) => (p.official ? p.official.name : p.nameAsWritten ?? ''))
    .join('; ');
}

const CSV_FIELDS = [
  'consultation_id', 'kind', 'status', 'date', 'date_precision', 'round', 'round_origin', 'round_stated_as', 'round_label',
  'city', 'format', 'country_a', 'head_a', 'country_b', 'head_b', 'sources',
];

/** One row per consultation on screen, both sides and every source. */
export function consultationRows(cy, consultations) {
  const ids = [...new Set(visible(cy).edges('[kind = "consultation"]').map((edge) => edge.data('consultationId')))];
  return ids.map((id) => consultations.get(id)).filter(Boolean).map((c) => {
    const [a, b] = c.countries;
    return {
      consultation_id: c.id, kind: c.kind, status: c.status, date: c.date ?? '', date_precision: c.datePrecision,
      round: c.round.origin === 'UNKNOWN' ? '' : c.round.number ?? '', round_origin: c.round.origin,
      round_stated_as: c.round.statedAs ?? '', round_label: roundText(c.round), city: c.city ?? '', format: c.format ?? '',
      country_a: a?.code ?? '', head_a: a ? headOn(c, a.code) : '', country_b: b?.code ?? '', head_b: b ? headOn(c, b.code) : '',
      sources: c.citations.map((x) => x.source.url ?? x.source.title).join(' | '),
    };
  });
}

/** Keys GraphML declares for node and edge data, in order. */
const NODE_KEYS = ['label', 'kind', 'country', 'colour', 'officialId'];
const EDGE_KEYS = ['kind', 'label', 'consultationId', 'date', 'roundOrigin', 'round', 'sources'];

export function graphml(cy, consultations) {
  const doc = document.implementation.createDocument(GRAPHML_NS, 'graphml', null);
  const root = doc.documentElement;
  const add = (parent, name, attributes = {}, text) => {
    const element = doc.createElementNS(GRAPHML_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text != null) element.textContent = String(text);
    parent.append(element);
    return element;
  };
  for (const key of NODE_KEYS) add(root, 'key', { id: `n_${key}`, for: 'node', 'attr.name': key, 'attr.type': 'string' });
  for (const key of EDGE_KEYS) add(root, 'key', { id: `e_${key}`, for: 'edge', 'attr.name': key, 'attr.type': key === 'round' ? 'int' : 'string' });
  const graph = add(root, 'graph', { id: 'consultations', edgedefault: 'undirected' });
  const data = (parent, prefix, key, value) => {
    if (value != null && value !== '') add(parent, 'data', { key: `${prefix}_${key}` }, value);
  };
  for (const node of visible(cy).nodes()) {
    const element = add(graph, 'node', { id: node.id() });
    const d = node.data();
    data(element, 'n', 'label', d.label);
    data(element, 'n', 'kind', d.kind);
    data(element, 'n', 'country', d.code);
    data(element, 'n', 'colour', d.colour);
    data(element, 'n', 'officialId', d.officialId);
  }
  for (const edge of visible(cy).edges()) {
    const element = add(graph, 'edge', { id: edge.id(), source: edge.source().id(), target: edge.target().id() });
    const d = edge.data();
    data(element, 'e', 'kind', d.kind);
    if (d.kind !== 'consultation') continue;
    const consultation = consultations.get(d.consultationId);
    data(element, 'e', 'label', d.label);
    data(element, 'e', 'consultationId', d.consultationId);
    data(element, 'e', 'date', d.date);
    data(element, 'e', 'roundOrigin', d.origin);
    if (consultation && consultation.round.origin !== 'UNKNOWN') data(element, 'e', 'round', consultation.round.number);
    if (consultation) data(element, 'e', 'sources', consultation.citations.map((x) => x.source.url ?? x.source.title).join(' | '));
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

export async function exportAs(format, cy, consultations, basename) {
  if (format === 'png') {
    download(`${basename}.png`, await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }));
  } else if (format === 'svg') {
    download(`${basename}.svg`, new Blob([cy.svg({ full: true, bg: '#ffffff' })], { type: 'image/svg+xml' }));
  } else if (format === 'csv') {
    const rows = consultationRows(cy, consultations);
    // Fields given explicitly so an empty view still exports its header line.
    const csv = Papa.unparse({ fields: CSV_FIELDS, data: rows.map((row) => CSV_FIELDS.map((field) => row[field])) });
    download(`${basename}.csv`, new Blob([`${csv}\n`], { type: 'text/csv' }));
  } else if (format === 'graphml') {
    download(`${basename}.graphml`, new Blob([graphml(cy, consultations)], { type: 'application/graphml+xml' }));
  }
}
