import path from 'node:path';
import { projectRoot } from '../config/config';

/** Languages the extractor has lexicons for. Detection may name others; those get a warning. */
export const SUPPORTED_LANGUAGES = ['de', 'az', 'ar', 'es', 'en', 'ru', 'fr', 'tr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

interface Eld {
  detect(text: string): { language: string; getScores(): Record<string, number>; isReliable(): boolean };
}

let eld: Eld | undefined;

/**
 * eld (n-gram detector; right on short lines where franc and tinyld fail). It ships only an ES
 * module behind an "import"-only exports map; Node ≥ 20.19 can require() ES modules, but not
 * through that map, so its entry file is loaded by path (jest maps the same path).
 */
function detector(): Eld {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  eld ??= (require(path.join(projectRoot(), 'node_modules', 'eld', 'src', 'entries', 'static.medium.js')) as { eld: Eld }).eld;
  return eld;
}

export interface DetectedLanguage {
  language: Language | null;
  /** What eld named, when it is not one we support. */
  detected: string;
  confidence: number;
}

/** The article's language: eld's best supported language; its share of the supported scores is the confidence. */
export function detectLanguage(text: string): DetectedLanguage {
  const result = detector().detect(text.slice(0, 5_000));
  const scores = result.getScores();
  const supported = SUPPORTED_LANGUAGES.map((l) => [l, scores[l] ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = supported;
  if (!best || best[1] <= 0) return { language: null, detected: result.language, confidence: 0 };
  const confidence = Math.min(1, (best[1] - (second?.[1] ?? 0)) / best[1] + (result.isReliable() ? 0.5 : 0));
  return { language: best[0], detected: result.language, confidence: round2(confidence) };
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
