import { SOURCE_SEARCH_INDEXES } from '../../src/graph/migrations/source-search-indexes';
import { FALLBACK_SEARCH_LABEL, SEARCH_INDEXES, SEARCH_LABEL_OF_LANGUAGE } from '../../src/graph/sources/source-search';

// Migration 4 is written out; the search code reads the analyzer table. They must say the same, or a
// language would be labelled for an index that migration never built.
it('builds an index for every search analyzer and labels stored sources as the write path does', () => {
  for (const { index, label, analyzer } of SEARCH_INDEXES) {
    expect(SOURCE_SEARCH_INDEXES).toContain(
      `CREATE FULLTEXT INDEX ${index} IF NOT EXISTS FOR (n:${label}) ON EACH [n.title, n.text] OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${analyzer}'}}`,
    );
  }
  const relabel = SOURCE_SEARCH_INDEXES[SOURCE_SEARCH_INDEXES.length - 1];
  for (const [language, label] of Object.entries(SEARCH_LABEL_OF_LANGUAGE)) expect(relabel).toContain(`\`${language}\`: '${label}'`);
  expect(relabel).toContain(`'${FALLBACK_SEARCH_LABEL}'))`);
  expect(SOURCE_SEARCH_INDEXES).toHaveLength(SEARCH_INDEXES.length + 1);
});
