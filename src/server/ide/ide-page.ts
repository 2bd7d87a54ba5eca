import { SavedQuestion } from './examples';
import { scriptJson } from '../script-json';

/**
 * The IDE's page: GraphiQL (docs explorer, history, tabs) from the API's own /ide/ assets, no
 * outside URL at all, so it works with the network unplugged; the README's questions preloaded.
 */
export function idePage(examples: readonly SavedQuestion[]): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Consultations graph — GraphQL IDE</title>
  <link rel="stylesheet" href="/ide/graphiql.min.css">
  <style>html, body, #ide { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="ide">Loading the IDE…</div>
  <script id="saved-questions" type="application/json">${scriptJson(examples)}</script>
  <script src="/ide/react.production.min.js"></script>
  <script src="/ide/react-dom.production.min.js"></script>
  <script src="/ide/graphiql.min.js"></script>
  <script src="/ide/graphql-sse.min.js"></script>
  <script src="/ide/start.js"></script>
</body>
</html>
`;
}

/**
 * Starts GraphiQL on the page; a static file so the page needs no inline code. Queries and
 * mutations go to /graphql; subscriptions to /graphql/stream over Server-Sent Events (graphql-sse,
 * one connection per subscription), with the headers of the IDE's Headers tab.
 */
export const START_SCRIPT = `(function () {
  var examples = JSON.parse(document.getElementById('saved-questions').textContent);
  var http = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  function isSubscription(params, opts) {
    var ast = opts && opts.documentAST;
    if (!ast) return /^\\s*subscription\\b/m.test(params.query.replace(/#.*$/gm, ''));
    var operations = ast.definitions.filter(function (d) { return d.kind === 'OperationDefinition'; });
    var operation = params.operationName
      ? operations.filter(function (o) { return o.name && o.name.value === params.operationName; })[0]
      : operations[0];
    return Boolean(operation) && operation.operation === 'subscription';
  }
  function fetcher(params, opts) {
    if (!isSubscription(params, opts)) return http(params, opts);
    var client = graphqlSse.createClient({
      url: window.location.origin + '/graphql/stream',
      headers: (opts && opts.headers) || {},
      retryAttempts: 0
    });
    return client.iterate(params);
  }
  var tabs = examples.map(function (e) { return { query: e.query }; });
  ReactDOM.createRoot(document.getElementById('ide')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs.length > 0 ? tabs : undefined,
      defaultEditorToolsVisibility: false,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false
    })
  );
})();
`;
