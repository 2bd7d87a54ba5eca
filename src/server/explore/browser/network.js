// The network on screen: a Cytoscape.js instance (loaded by the page as the global `cytoscape`;
// the cytoscape-svg script registers its SVG export on it by itself), its style, layout and taps.

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)', 'background-color': 'data(colour)', color: '#1d2433', 'font-size': 12,
      'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 130,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 2,
      width: 26, height: 26, 'border-width': 2, 'border-color': '#ffffff',
    },
  },
  {
    selector: 'node[kind = "country"]',
    style: { shape: 'round-rectangle', width: 46, height: 30, 'font-size': 13, 'font-weight': 'bold' },
  },
  // Expanded: its whole network is on screen.
  { selector: 'node[?expanded]', style: { 'border-color': '#1d2433', 'border-width': 3 } },
  { selector: 'node:selected', style: { 'border-color': '#d9480f', 'border-width': 4 } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier', width: 2.5, 'line-color': '#3b4456', label: 'data(label)', 'font-size': 10,
      color: '#1d2433', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff',
      'text-background-opacity': 0.9, 'text-background-padding': 2,
    },
  },
  { selector: 'edge[kind = "member"]', style: { width: 1, 'line-color': 'data(colour)', 'line-opacity': 0.45, label: '' } },
  // The three kinds of round look different everywhere: solid, dashed, dotted grey.
  { selector: 'edge[origin = "INFERRED"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 4] } },
  { selector: 'edge[origin = "UNKNOWN"]', style: { 'line-style': 'dotted', 'line-color': '#8a93a5' } },
  { selector: 'edge[status = "PLANNED"]', style: { opacity: 0.6 } },
  { selector: 'edge:selected', style: { 'line-color': '#d9480f', width: 4 } },
];

export class Network {
  constructor(container, { onNodeTap, onEdgeTap }) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3 });
    this.cy.on('tap', 'node', (event) => onNodeTap(event.target.data()));
    this.cy.on('tap', 'edge[kind = "consultation"]', (event) => onEdgeTap(event.target.data()));
    // The timeline below appears and grows: the drawing follows its container's size.
    new ResizeObserver(() => {
      this.cy.resize();
      this.cy.fit(undefined, 40);
    }).observe(container);
  }

  clear() {
    this.cy.elements().remove();
  }

  /** Adds what is not on screen yet and lays the network out again; returns how many were new. */
  add(elements) {
    const fresh = elements.filter((element) => this.cy.getElementById(element.data.id).empty());
    // Nodes first: an edge needs both ends present.
    this.cy.add(fresh.filter((e) => e.group === 'nodes'));
    this.cy.add(fresh.filter((e) => e.group === 'edges'));
    if (fresh.length > 0) this.layout();
    return fresh.length;
  }

  layout() {
    this.cy.layout({
      name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 140,
      nodeRepulsion: () => 12000, padding: 40, randomize: false,
    }).run();
  }

  markExpanded(nodeId) {
    this.cy.getElementById(nodeId).data('expanded', true);
  }

  select(id) {
    this.cy.elements().unselect();
    const element = this.cy.getElementById(id);
    element.select();
    return element.nonempty();
  }

  /** Consultation edges for one event (one per pair of heads), possibly none on screen. */
  edgesOf(consultationId) {
    return this.cy.edges('[kind = "consultation"]').filter((edge) => edge.data('consultationId') === consultationId);
  }

  nodeData(id) {
    const node = this.cy.getElementById(id);
    return node.nonempty() ? node.data() : null;
  }

  isEmpty() {
    return this.cy.elements().empty();
  }
}
