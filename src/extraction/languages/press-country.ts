import type { Language } from './index';

/**
 * Languages written as a national language by one state only, whose ministry's press releases
 * name the other party and leave their own country out ("Xarici İşlər Nazirliyi", "विदेश सचिव"):
 * when a report names a single country, the talks are that country's with this one. Languages
 * of several states (ar, en, es, fr, de, pt, ru, sr, zh, it) are left out.
 */
export const PRESS_COUNTRY: Partial<Record<Language, string>> = {
  az: 'AZ', be: 'BY', cs: 'CZ', fa: 'IR', hi: 'IN', hy: 'AM', ja: 'JP', ko: 'KR', pl: 'PL', tr: 'TR', uk: 'UA', uz: 'UZ', vi: 'VN',
};
