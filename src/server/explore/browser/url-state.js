// What the explorer shows, as a shareable link and back:
//   /explore?q=Koreman                       a search, as typed
//   /explore?official=be-jeroen-cooreman     an official's network
//   /explore?country=BE                      a country's network
//   /explore?pair=BE,KZ                      a pair's network and timeline
// plus, on any of them: expand=o:kz-roman-vassilenko,c:AZ (nodes opened by a click),
// series=BE,KZ (the timeline shown) and consultation=<id> (the selected edge).

const list = (text) => (text ? text.split(',').map((s) => s.trim()).filter(Boolean) : []);

export function parseExplorerUrl(search) {
  const params = new URLSearchParams(search);
  let view = null;
  if (params.get('q')) view = { type: 'search', q: params.get('q') };
  else if (params.get('official')) view = { type: 'official', id: params.get('official') };
  else if (params.get('country')) view = { type: 'country', code: params.get('country') };
  // A pair is the same pair in either order: kept sorted, as every link the page makes it.
  else if (list(params.get('pair')).length === 2) view = { type: 'pair', pair: list(params.get('pair')).sort() };
  const series = list(params.get('series'));
  return {
    view,
    expand: list(params.get('expand')),
    series: series.length === 2 ? series : null,
    consultation: params.get('consultation'),
  };
}

export function explorerUrl({ view, expand = [], series = null, consultation = null }) {
  const params = new URLSearchParams();
  if (view?.type === 'search') params.set('q', view.q);
  if (view?.type === 'official') params.set('official', view.id);
  if (view?.type === 'country') params.set('country', view.code);
  if (view?.type === 'pair') params.set('pair', view.pair.join(','));
  if (expand.length > 0) params.set('expand', expand.join(','));
  const ownSeries = view?.type === 'pair' && series && series.join(',') === view.pair.join(',');
  if (series && !ownSeries) params.set('series', series.join(','));
  if (consultation) params.set('consultation', consultation);
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return query ? `/explore?${query}` : '/explore';
}

