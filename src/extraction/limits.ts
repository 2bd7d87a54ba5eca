/**
 * The longest article the extractor reads (reports of the genre are a few thousand characters);
 * the API refuses longer input before loading the extractor.
 */
export const MAX_ARTICLE_CHARS = 100_000;
