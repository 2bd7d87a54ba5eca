import path from 'node:path';
import { projectRoot } from '../config/config';
import { isSupported, Language, SUPPORTED_LANGUAGES } from './languages';

interface Eld {
  detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean };
}

let eld: Eld | undefined;

/**
 * eld (n-gram detector; right on short lines where franc and tinyld fail), its small model: the medium one
 * adds 14 MB to the heap for no gain on the development set's 21 languages. It ships only an ES
 * module behind an "import"-only exports map; Node ≥ 20.19 can require() ES modules, but not
 * through that map, so its entry file is loaded by path (jest maps the same path).
 */
function detector(): Eld {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  eld ??= (require(path.join(projectRoot(), 'node_modules', 'eld', 'src', 'entries', 'static.small.js')) as { eld: Eld }).eld;
  return eld;
}

export interface DetectedLanguage {
  language: Language | null;
  /** What eld named, when it is not one we support. */
  detected: string;
  confidence: number;
}

/**
 * Uzbek in Latin letters, which eld does not know (it reads it as Azerbaijani or Turkish): its
 * o‘ and g‘ and words no Azerbaijani or Turkish text has.
 */
const UZBEK = /(?:^|[^\p{L}])(?:o[‘ʻ'`’]|g[‘ʻ'`’]|va|bilan|uchun|qilmoqda|bo[‘ʻ'`’]lib|vazir\p{L}*|tashqi|ishlar)(?=[^\p{L}]|$)/gu;
const AZERI_TURKISH = /[əıİşğ]/gu;

/** The article's language: eld's best supported language; its share of the supported scores is the confidence. */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, 5_000);
  const result = detector().detect(sample);
  const scores = result.getScores();
  const supported = SUPPORTED_LANGUAGES.map((l) => [l, scores[l] ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = supported;
  if (!best || best[1] <= 0) return { language: null, detected: result.language, confidence: 0 };
  if ((best[0] === 'az' || best[0] === 'tr' || !isSupported(result.language)) && looksUzbek(sample)) return { language: 'uz', detected: 'uz', confidence: 0.7 };
  const confidence = Math.min(1, (best[1] - (second?.[1] ?? 0)) / best[1] + (result.isReliable() ? 0.5 : 0));
  return { language: best[0], detected: result.language, confidence: round2(confidence) };
}

function looksUzbek(sample: string): boolean {
  const uzbek = sample.match(UZBEK)?.length ?? 0;
  const turkic = sample.match(AZERI_TURKISH)?.length ?? 0;
  return uzbek >= 3 && uzbek > turkic;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
