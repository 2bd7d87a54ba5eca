import { ExtractedDraft } from './draft';
import { extractDraft } from './extract-draft';

export interface ExtractTask {
  text: string;
  publishedAt: string | null;
}

// Warm-up while the thread starts (piscina sends it no task before this module has loaded): the
// extractor builds its lexicons and language models on first use, a second or more that would
// otherwise count against the first report's time budget.
extractDraft('Baku, 3 March 2022. The deputy foreign ministers of Azerbaijan and Georgia held political consultations.', {});

/** Runs in a worker thread of the extraction pool (extraction-pool.ts): the article read into a draft. */
export default function extractInWorker({ text, publishedAt }: ExtractTask): ExtractedDraft {
  return extractDraft(text, { publishedAt });
}
