import { Graph } from '../graph';
import { SourceRow } from '../rows';
import { SOURCE_FIELDS } from './source.queries';

/**
 * Full-text search over sources' titles and stored report texts, with Lucene's analyzer for each
 * report's language (stemming, stop words, folding: "Konsultation Wien" finds "Politische
 * Konsultationen … in Wien"). Neo4j gives a full-text index one analyzer, so each analyzer has
 * its own index over its own label, and every Source carries the label of its language
 * (`SourceTextGerman`, …); languages Neo4j has no analyzer for (Azerbaijani, Uzbek, Serbian, …)
 * share `SourceTextOther` with `standard-folding` (Unicode words, diacritics folded).
 *
 * The list is read by migration 4, which creates the indexes: a new language needs a new migration.
 */
export const SEARCH_ANALYZERS: ReadonlyArray<{ analyzer: string; languages: readonly string[] }> = [
  { analyzer: 'arabic', languages: ['ar'] },
  { analyzer: 'armenian', languages: ['hy'] },
  { analyzer: 'bulgarian', languages: ['bg'] },
  { analyzer: 'cjk', languages: ['zh', 'ja', 'ko'] },
  { analyzer: 'czech', languages: ['cs'] },
  { analyzer: 'dutch', languages: ['nl'] },
  { analyzer: 'english', languages: ['en'] },
  { analyzer: 'french', languages: ['fr'] },
  { analyzer: 'german', languages: ['de'] },
  { analyzer: 'greek', languages: ['el'] },
  { analyzer: 'hindi', languages: ['hi'] },
  { analyzer: 'hungarian', languages: ['hu'] },
  { analyzer: 'indonesian', languages: ['id', 'ms'] },
  { analyzer: 'italian', languages: ['it'] },
  { analyzer: 'latvian', languages: ['lv'] },
  { analyzer: 'lithuanian', languages: ['lt'] },
  { analyzer: 'persian', languages: ['fa'] },
  { analyzer: 'portuguese', languages: ['pt'] },
  { analyzer: 'romanian', languages: ['ro'] },
  { analyzer: 'russian', languages: ['ru'] },
  { analyzer: 'spanish', languages: ['es'] },
  { analyzer: 'swedish', languages: ['sv'] },
  { analyzer: 'thai', languages: ['th'] },
  { analyzer: 'turkish', languages: ['tr'] },
  { analyzer: 'standard-folding', languages: [] },
];

const FALLBACK_ANALYZER = 'standard-folding';

interface SearchIndex {
  analyzer: string;
  label: string;
  index: string;
}

const nameOf = (analyzer: string) => (analyzer === FALLBACK_ANALYZER ? 'other' : analyzer);

/** One label and one index per analyzer: `SourceTextGerman` / `source_text_german`. */
export const SEARCH_INDEXES: readonly SearchIndex[] = SEARCH_ANALYZERS.map(({ analyzer }) => ({
  analyzer,
  label: `SourceText${nameOf(analyzer)[0].toUpperCase()}${nameOf(analyzer).slice(1)}`,
  index: `source_text_${nameOf(analyzer)}`,
}));

const FALLBACK = SEARCH_INDEXES.find((i) => i.analyzer === FALLBACK_ANALYZER)!;

/** Primary language subtag → the label of its analyzer's index, for the write path and the bulk loader. */
export const SEARCH_LABEL_OF_LANGUAGE: Readonly<Record<string, string>> = Object.fromEntries(
  SEARCH_ANALYZERS.flatMap(({ analyzer, languages }) => languages.map((lang) => [lang, SEARCH_INDEXES.find((i) => i.analyzer === analyzer)!.label])),
);
export const FALLBACK_SEARCH_LABEL = FALLBACK.label;
export const SEARCH_LABELS = SEARCH_INDEXES.map((i) => i.label);

const primarySubtag = (language: string) => language.toLowerCase().split('-')[0];

/** The search label of a source in `language` (a BCP 47 tag). */
export function searchLabelFor(language: string): string {
  return SEARCH_LABEL_OF_LANGUAGE[primarySubtag(language)] ?? FALLBACK.label;
}

function indexFor(language: string): string {
  return SEARCH_INDEXES.find((i) => i.label === searchLabelFor(language))!.index;
}

/**
 * The search text as a Lucene query in which every word is required: words only (letters, marks,
 * digits), each quoted, so nothing of the request is Lucene syntax (not even the words AND, OR,
 * NOT). Each index's analyzer then stems and drops stop words from the query as from the texts;
 * a word its analyzer splits (CJK into bigrams) must match as that sequence. Null when the text
 * has no word.
 */
export function luceneQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.length === 0 ? null : words.slice(0, 32).map((w) => `+"${w}"`).join(' ');
}

/** Search hits are ranked and counted up to this many; a search matching more should be narrowed. */
export const MAX_SEARCH_HITS = 1000;

/**
 * Sources matching `$query` in each of `$indexes` (with its own analyzer), best first, at most
 * $cap hits counted; the page is cut from them. A source is in one index only (its language's).
 */
export const SEARCH_SOURCES = `
UNWIND $indexes AS index
CALL db.index.fulltext.queryNodes(index, $query, {limit: toInteger($cap)}) YIELD node, score
WITH node AS s, score
WHERE $language IS NULL OR toLower(s.language) = $language OR toLower(s.language) STARTS WITH $language + '-'
WITH s, score ORDER BY score DESC, s.id LIMIT toInteger($cap)
WITH collect({ source: s ${SOURCE_FIELDS}, score: score }) AS hits
RETURN size(hits) AS total, hits[$skip..($skip + $limit)] AS page`;

export interface SourceHit {
  source: SourceRow;
  score: number;
}

/** One round trip: a page of the sources matching every word of `text`, in `language` or in any. */
export async function searchSources(
  graph: Graph,
  text: string,
  language: string | null,
  page: { skip: number; limit: number },
): Promise<{ total: number; page: SourceHit[] }> {
  const query = luceneQuery(text);
  if (query === null) return { total: 0, page: [] };
  const indexes = language === null ? SEARCH_INDEXES.map((i) => i.index) : [indexFor(language)];
  const [row] = await graph.read<{ total: number; page: SourceHit[] }>(SEARCH_SOURCES, {
    indexes, query, language: language?.toLowerCase() ?? null, cap: MAX_SEARCH_HITS, ...page,
  });
  return row ?? { total: 0, page: [] };
}
