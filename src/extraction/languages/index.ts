import { ar } from './ar';
import { az } from './az';
import { be } from './be';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fa } from './fa';
import { fr } from './fr';
import { hi } from './hi';
import { hy } from './hy';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { pl } from './pl';
import { LanguageProfile } from './profile';
import { pt } from './pt';
import { ru } from './ru';
import { sr } from './sr';
import { tr } from './tr';
import { uk } from './uk';
import { uz } from './uz';
import { vi } from './vi';
import { zh } from './zh';

export type { LanguageProfile, TitleEntry, Topic } from './profile';
export { COUNTERPART, TOPICS } from './profile';

/** Languages the extractor reads. Detection may name others; those get a warning. */
export const SUPPORTED_LANGUAGES = ['de', 'az', 'ar', 'es', 'en', 'ru', 'fr', 'tr', 'fa', 'uk', 'zh', 'pl', 'it', 'pt', 'cs', 'uz', 'vi', 'hy', 'ko', 'ja', 'sr', 'be', 'hi'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const PROFILES: Record<Language, LanguageProfile> = { de, az, ar, es, en, ru, fr, tr, fa, uk, zh, pl, it, pt, cs, uz, vi, hy, ko, ja, sr, be, hi };

export function isSupported(language: string): language is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(language);
}
export { PRESS_COUNTRY } from './press-country';
