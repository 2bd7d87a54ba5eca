// The network on screen: a Cytoscape.js instance (loaded by the page as the global `cytoscape`;
// the cytoscape-fcose and cytoscape-svg scripts register themselves on it), its style, layout and taps.

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
  // Heads at different levels of the rank ladder: thick amber, whatever the round's line style.
  { selector: 'edge[parity = "UNBALANCED"]', style: { width: 5, 'line-color': '#d97706' } },
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
      this.fit();
    }).observe(container);
  }

  clear() {
    this.cy.elements().remove();
  }

  /**
   * Adds what is not on screen yet and lays the network out again; returns how many were new.
   * New nodes start in a ring around `around` (the node being expanded), so the layout only has
   * to settle them, not redraw everything.
   */
  add(elements, { around = null } = {}) {
    const fresh = elements.filter((element) => this.cy.getElementById(element.data.id).empty());
    const firstDrawing = this.cy.elements().empty();
    const anchor = around ? this.cy.getElementById(around) : null;
    const centre = anchor && anchor.nonempty() ? anchor.position() : null;
    const nodes = fresh.filter((e) => e.group === 'nodes');
    if (centre && !firstDrawing) {
      nodes.forEach((node, i) => {
        const angle = (2 * Math.PI * i) / nodes.length;
        node.position = { x: centre.x + 160 * Math.cos(angle), y: centre.y + 160 * Math.sin(angle) };
      });
    }
    // Nodes first: an edge needs both ends present.
    this.cy.add(nodes);
    this.cy.add(fresh.filter((e) => e.group === 'edges'));
    if (fresh.length > 0) this.layout({ randomize: firstDrawing || !centre });
    return fresh.length;
  }

  /**
   * fCoSE (a spring embedder for Cytoscape.js): consultation edges long enough for their labels,
   * an official close to their country. Randomized only for a first drawing: after an expansion
   * the nodes already placed stay about where they were.
   */
  layout({ randomize }) {
    this.cy.layout({
      name: 'fcose', quality: 'proof', animate: false, randomize, nodeDimensionsIncludeLabels: true, padding: 40,
      idealEdgeLength: (edge) => (edge.data('kind') === 'member' ? 60 : 200),
      edgeElasticity: (edge) => (edge.data('kind') === 'member' ? 0.8 : 0.45),
      nodeRepulsion: () => 9000, gravity: 0.25, numIter: 2500,
      stop: () => {
        this.widen();
        this.fit();
      },
    }).run();
  }

  /**
   * A force layout has no notion of the panel's shape; chains of talks come out tall. The panel
   * is wide, so a drawing clearly taller than wide is turned a quarter (distances stay the same).
   */
  widen() {
    const box = this.cy.elements().boundingBox();
    const panel = this.cy.container();
    const panelIsWide = panel.clientWidth > panel.clientHeight;
    if (!panelIsWide || box.h <= box.w * 1.15) return;
    const cx = (box.x1 + box.x2) / 2;
    const cy = (box.y1 + box.y2) / 2;
    this.cy.nodes().positions((node) => {
      const { x, y } = node.position();
      return { x: cx + (y - cy), y: cy - (x - cx) };
    });
  }

  /** The whole network in view, but a small one not blown up past a readable size. */
  fit() {
    this.cy.fit(undefined, 40);
    if (this.cy.zoom() > 1.25) {
      this.cy.zoom(1.25);
      this.cy.center();
    }
  }

  /** New data for elements already on screen (a consultation recorded again, renumbered, …). */
  update(elements) {
    for (const element of elements) {
      const existing = this.cy.getElementById(element.data.id);
      if (existing.nonempty()) existing.data(element.data);
    }
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
