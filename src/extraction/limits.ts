/**
 * The longest article the extractor reads (reports of the genre are a few thousand characters);
 * the API refuses longer input with QUERY_LIMIT before it reaches the extractor.
 */
export const MAX_ARTICLE_CHARS = 50_000;
