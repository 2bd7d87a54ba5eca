import { EXPLORE_QUERIES, EXPLORE_SUBSCRIPTIONS, NETWORK_PAGE_SIZE } from './explore-queries';
import { scriptJson } from '../script-json';

/**
 * The explorer's page: a search box, the network (Cytoscape.js), a details panel for the selected
 * node or consultation with its sources, and the selected pair's timeline of rounds. Everything it
 * loads comes from this server; its data only from the public GraphQL endpoint.
 */
export function explorePage(): string {
  const config = {
    queries: EXPLORE_QUERIES, subscriptions: EXPLORE_SUBSCRIPTIONS, networkPageSize: NETWORK_PAGE_SIZE, endpoint: '/graphql', stream: '/graphql/stream',
  };
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Consultations graph — explorer</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/explore/app/explore.css">
</head>
<body>
  <header>
    <a class="brand" href="/explore">Consultations graph</a>
    <form id="search" role="search" action="/explore">
      <input id="q" name="q" type="search" autocomplete="off" spellcheck="false"
        placeholder="An official, a country or a pair: Koreman, خلف خلفوف, Belgien, KZ–BE"
        aria-label="Search an official, a country or a pair">
      <button type="submit">Search</button>
    </form>
    <nav class="exports" aria-label="Export the visible graph">
      <span>Export</span>
      <button type="button" data-export="png">PNG</button>
      <button type="button" data-export="svg">SVG</button>
      <button type="button" data-export="csv">CSV</button>
      <button type="button" data-export="graphml">GraphML</button>
    </nav>
    <span id="live" class="live" title="New consultations appear as they are recorded">live: connecting…</span>
    <a class="ide-link" href="/graphql">GraphQL IDE</a>
  </header>
  <p id="status" role="status" aria-live="polite">Search for an official, a country or a pair of countries.</p>
  <main>
    <section id="network" aria-label="Consultation network"></section>
    <aside id="details" aria-live="polite">
      <div id="matches"></div>
      <div id="selection"><p class="hint">Click a node to expand it; click a consultation to see its sources.</p></div>
    </aside>
  </main>
  <section id="timeline" aria-label="Timeline of rounds"></section>
  <footer class="legend">
    <span><i class="line stated"></i>round stated by a source</span>
    <span><i class="line inferred"></i>round inferred</span>
    <span><i class="line unknown"></i>round unknown</span>
    <span><i class="line unbalanced"></i>heads at different levels</span>
    <span><i class="dot expanded"></i>expanded node</span>
  </footer>
  <script id="explore-config" type="application/json">${scriptJson(config)}</script>
  <script src="/explore/lib/cytoscape.min.js"></script>
  <script src="/explore/lib/layout-base.js"></script>
  <script src="/explore/lib/cose-base.js"></script>
  <script src="/explore/lib/cytoscape-fcose.js"></script>
  <script src="/explore/lib/cytoscape-svg.js"></script>
  <script src="/explore/lib/papaparse.min.js"></script>
  <script src="/explore/lib/graphql-sse.min.js"></script>
  <script type="module" src="/explore/app/main.js"></script>
</body>
</html>
`;
}
