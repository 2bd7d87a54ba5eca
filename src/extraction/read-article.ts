import { Graph } from '../graph';
import { extractDraft } from './extract-draft';
import { ArticleDraft, matchDraft } from './match-draft';

export type { ArticleDraft, MatchedHead } from './match-draft';

/**
 * An article read into a draft, with each head of delegation matched to a known official through
 * the graph's name resolution (one round trip for all heads). Reads only: nothing is written.
 */
export async function readArticle(graph: Graph, text: string, options: { publishedAt?: string | null; sourceUrl?: string | null } = {}): Promise<ArticleDraft> {
  return matchDraft(graph, extractDraft(text, { publishedAt: options.publishedAt ?? null }), options);
}

