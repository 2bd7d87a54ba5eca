import { OFFICIAL_FORM_WORDS } from '../country-names/inflection';
import { normaliseCountryText } from '../country-names/normalise';
import { Language, LanguageProfile } from './languages';

/** A name found at an offset of a piece of text. */
export interface FoundName {
  text: string;
  /** Offset of the name in the text searched. */
  lead: number;
  /** A Latin spelling the article gives beside the name ("康達(Daniel J. Kritenbrink)"). */
  latin?: string;
}

/** A personal name as printed: capitalised words, initials ("J.", "Ch.", "R.Мередов"), particles ("al-", "bin", "van"). */
const NAME = /^(?:\p{Lu}[\p{Ll}\p{Lu}\p{M}'’-]{0,40}\.?)(?:\s{1,3}(?:(?:al|el|ul|bin|ibn|van|von|der|de|da|di|du|dos|la|le|ter)[\s-]{1,2})?(?:\p{Lu}[\p{Ll}\p{Lu}\p{M}'’-]{0,40}\.?|(?:al|el)-\p{L}{1,40})){0,5}/u;

/** Words of institutions and portfolios, never of a person's name ("Ministerio", "SPF", "Affaires"). */
const INSTITUTION = /^(?:ministr|minist[eè]r|ministerium|министерств|мид|мзс|мсп|bakanl|nazirl|vazirl|department|d[ée]partement|departamento|spf|mfa|affair|asunto|angelegenheit|relation|relacion|relaz|rela[çc]|beziehung|cooperation|coop[ée]ration|cooperaz|coopera[çc]|zusammenarbeit|trade|handel|commerce|foreign|ausw[äa]rtig|exterior|ester|estrang|[ée]trang|internation|europ|asia|africa|[áa]frica|americ|oceania|poder|popular|bolivarian|państw|stolic|apostolsk|stosunk|spraw|medio|oriente|middle|east$|pacific|caribe|caribbean|(?:ost|west|nord|süd|zentral)?europ|zentralasi|transkaukas|l[äa]nder|au(?:ß|ss)enminist|bộ|ngoại|giao|republic|rep[úu]blica|r[ée]publique|republik|федерац|республик|state|estado|[ée]tat|staat|dipartimento|direc|dirett|director|secretar|segretar|office|union|uni[óo]n|council|consej|conseil|rat$|embassy|embajada|ambassade|mission|misi[óo]n|kingdom|reino|royaume|sultanate|emirate|federal|national|nacional|ks\.$|prałat|pan$|pani$|consult|konsult|консульт|mechanism|mecanism|dialog|talks$)/iu;

export function isInstitution(name: string): boolean {
  return name.split(/\s+/).some((w) => INSTITUTION.test(w));
}

/** A Latin-script (or Cyrillic, Armenian) name at the start of `rest`: at least two words, or an initial and a surname. */
export function casedName(rest: string): FoundName | null {
  const m = NAME.exec(rest);
  if (!m) return null;
  // A final period ends the sentence unless the last word is an initial ("J.", "Ch.").
  let text = m[0].replace(/[\s'’-]+$/, '');
  if (/\p{L}{3,}\.$/u.test(text)) text = text.slice(0, -1);
  // "R.Мередов": an initial glued to the surname.
  const words = text.split(/\s+/).flatMap((w) => (/^\p{Lu}\.\p{Lu}/u.test(w) ? [w.slice(0, 2), w.slice(2)] : [w]));
  if (words.length < 2 || words.every((w) => /\.$/.test(w))) return null;
  // All capitals is a heading or an acronym run ("МИД РФ", "ПОЛИТИЧЕСКИЕ КОНСУЛЬТАЦИИ"), not a name.
  if (words.every((w) => w.length > 2 && w === w.toLocaleUpperCase())) return null;
  return { text, lead: 0 };
}

const ARABIC_WORD = /^[\u0621-\u064A\u0671-\u06D3\u06CC\u067E\u0686\u0698\u06AF\u06A9]+/u;
const ARABIC_STOP = new Set(['في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'خلال', 'حيث', 'الذي', 'التي', 'قد', 'كما', 'بين', 'أن', 'ان', 'إن', 'قال', 'وقال', 'أكد', 'وأكد', 'حول', 'بعد', 'قبل', 'عقد', 'عقدت', 'يوم', 'أمس', 'اليوم', 'فيما', 'وكيل', 'نائب', 'وزير', 'سفير', 'لدى', 'ومن', 'وفد', 'الجانب', 'جانب', 'برئاسة', 'ترأس', 'وترأس', 'المبعوث', 'مساعد', 'المدير', 'مدير', 'رئيس', 'وزارة']);
const PERSIAN_STOP = new Set(['همچنین', 'اواخر', 'اوایل', 'ماه', 'سال', 'هفته', 'قرار', 'نوشت', 'گفت', 'خواهد', 'در', 'از', 'با', 'به', 'و', 'که', 'را', 'این', 'آن', 'برای', 'تا', 'معاون', 'وزیر', 'سفیر', 'مدیر', 'دبیر', 'روز', 'گذشته', 'نیز', 'هم', 'ارشد', 'وزارت', 'امور', 'خارجه', 'سیاسی', 'دیدار', 'گفت', 'کرد', 'کردند', 'است', 'بود',
  // Words of the genre's sentences, never of a name: meeting, talks, visit, news, chairing, delegation, side.
  'حالی', 'خبر', 'سفر', 'نشست', 'جلسه', 'ریاست', 'هیئت', 'هیات', 'طرف', 'مذاکرات', 'رایزنی', 'رایزنیها', 'مشورت', 'گفتگو', 'وگو', 'برگزار', 'شد', 'شده', 'داشت', 'داشتند', 'عهده', 'بر', 'ضمن', 'طی', 'جریان', 'دور', 'مقام', 'مقامات', 'رئیس', 'نماینده', 'ویژه', 'سخنگوی', 'اعلام', 'گزارش', 'روزنامه', 'منابع', 'کشور', 'دو', 'وی', 'او', 'ایشان', 'سخنان', 'خبرگزاری', 'ایرنا', 'ایسنا', 'نخست', 'جمهور', 'مورد', 'درباره', 'پیرامون', 'اشاره', 'همراه', 'هیئتی']);
const ARABIC_NAME_JOIN = new Set(['بحر', 'عبد', 'أبو', 'ابو', 'نور', 'سيف', 'زين', 'شمس', 'جمال', 'بن', 'ابن', 'بنت']);

/** Words of states and ministries, never of a name ("بجمهورية", "بوزارة", "المملكة"). */
const ARABIC_INSTITUTION = /^[وبل]?(?:ال)?(?:جمهوري|وزار|مملك|سلطن|دول|حكوم|اتحاد)/u;
const ARABIC_HONORIFIC = new Set(['سعادة', 'الشيخ', 'السيد', 'السيدة', 'معالي', 'الدكتور', 'السفير', 'فخامة', 'سمو', 'آقای', 'خانم', 'دکتر', 'جناب']);

function isStop(word: string, language: Language): boolean {
  return (language === 'fa' ? PERSIAN_STOP : ARABIC_STOP).has(word) || ARABIC_INSTITUTION.test(word) || ARABIC_HONORIFIC.has(word);
}

/**
 * An Arabic or Persian name at the start of `rest`: up to five words, ended by a function word,
 * punctuation, a title word or "و…"; a family name with the article ("الحارثي") ends it. A run
 * that does not end within five words is cut to two.
 */
export function arabicName(rest: string, language: Language): FoundName | null {
  const lead = rest.length - rest.replace(/^[\s«»"'()]+/u, '').length;
  const words: Array<{ word: string; end: number }> = [];
  let cursor = lead;
  let ended = false;
  while (words.length < 5) {
    const space = /^[\s\u200c]*/u.exec(rest.slice(cursor))![0].length;
    if (words.length > 0 && space === 0) {
      ended = true;
      break;
    }
    const m = ARABIC_WORD.exec(rest.slice(cursor + space));
    if (!m) {
      ended = true;
      break;
    }
    const word = m[0];
    const previous = words[words.length - 1]?.word ?? '';
    const joins = ARABIC_NAME_JOIN.has(previous) || word === 'بن' || word === 'ابن';
    if (isStop(word, language) || (words.length > 0 && /^و/u.test(word) && !joins)) {
      ended = true;
      break;
    }
    if (words.length === 0 && language === 'ar' && /^(?:و|ال)/u.test(word) && !ARABIC_NAME_JOIN.has(word)) return null;
    const after = rest.slice(cursor + space + word.length);
    words.push({ word, end: cursor + space + word.length });
    cursor += space + word.length;
    if (/^\s*[،,.؛:»)]/u.test(after)) {
      ended = true;
      break;
    }
    // A family name with the article ends the name ("… علي الحارثي").
    if (language === 'ar' && words.length >= 2 && word.startsWith('ال') && !joins) {
      ended = true;
      break;
    }
  }
  if (words.length < 2) return null;
  const kept = ended ? words : words.slice(0, 2);
  return { text: rest.slice(lead, kept[kept.length - 1].end).trim(), lead };
}

/**
 * An Arabic or Persian name right before its title ("سعادة الشيخ خليفة بن علي الحارثي، وكيل…",
 * "ميخائيل بوجدانوف المبعوث الخاص"): the words back to an honorific, a function word or a word
 * with the article ("الجانب الروسي"); a lone name after a comma and "و" in a list ("، ويامادا").
 */
export function arabicNameBefore(before: string, language: Language): FoundName | null {
  // "…أفريقيا ونائب وزير": a title after "و" is a second title of the same person, not a name before it.
  if (/(?:^|\s)و$/u.test(before)) return null;
  const trimmed = before.replace(/[\s،,]+$/u, '');
  const words = [...trimmed.matchAll(/[\u0621-\u064A\u0671-\u06D3\u06CC\u067E\u0686\u0698\u06AF\u06A9]+/gu)];
  const kept: RegExpMatchArray[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 6; i -= 1) {
    const word = words[i][0];
    const next = words[i + 1];
    // Only spaces between the words of a name.
    if (next && trimmed.slice(words[i].index! + word.length, next.index).trim() !== '') break;
    if (isStop(word, language)) break;
    if (kept.length > 0 && word.startsWith('ال') && !ARABIC_NAME_JOIN.has(words[i - 1]?.[0] ?? '')) break;
    kept.unshift(words[i]);
    if (/^و/u.test(word) && kept.length === 1 && /[،,]\s*$/u.test(trimmed.slice(0, words[i].index))) break;
  }
  if (kept.length === 0 || trimmed.slice(kept[kept.length - 1].index! + kept[kept.length - 1][0].length).trim() !== '') return null;
  let start = kept[0].index!;
  if (kept.length === 1) {
    // "، ويامادا النائب…": one name in a list.
    if (!/^و/u.test(kept[0][0]) || !/[،,]\s*$/u.test(trimmed.slice(0, start))) return null;
    start += 1;
  } else if (/^و/u.test(kept[0][0]) && !ARABIC_NAME_JOIN.has(kept[0][0])) start += 1;
  const end = kept[kept.length - 1].index! + kept[kept.length - 1][0].length;
  return { text: trimmed.slice(start, end), lead: start };
}

/** A Hindi name: one to three words up to a postposition ("ने", "के", "से") or punctuation. */
export function devanagariName(rest: string): FoundName | null {
  const lead = rest.length - rest.trimStart().length;
  const words: string[] = [];
  let cursor = lead;
  for (const m of rest.slice(lead).matchAll(/([\p{L}\p{M}-]+)(\s*)/gu)) {
    const word = m[1];
    if (/^(?:ने|के|की|का|से|को|में|और|तथा|पर|साथ|भी|है|थे|थी|ही)$/u.test(word) || words.length >= 3) break;
    words.push(word);
    cursor = lead + m.index! + word.length;
    if (/[,।]/u.test(rest[cursor] ?? '')) break;
  }
  if (words.length < 2) return null;
  return { text: rest.slice(lead, cursor), lead };
}

/** Characters that end a Chinese name: function words, dates, punctuation. */
const HAN_STOP = /[在将將于於同与與和及等就对對向为為说說表示会會见見举舉出率也的了是日月年，,、。：:（(\s0-9０-９「」“”《》]/u;

/**
 * A Chinese name right after its title: two to four characters (up to eight with a "·" in a
 * foreign name), the garbled pinyin some pages print inside it kept ("孫衛(wèi)東"), and a Latin
 * spelling in parentheses after it taken as its Latin form ("康達(Daniel J. Kritenbrink)").
 */
export function hanName(rest: string): FoundName | null {
  const m = /^(?:\p{Script=Han}|\([a-zàáǎèéěìíǐòóǒùúǔǖǘǚǜü]{1,6}\)|[·•・])+/u.exec(rest);
  if (!m) return null;
  let text = '';
  for (const piece of m[0].matchAll(/\([a-zàáǎèéěìíǐòóǒùúǔǖǘǚǜü]{1,6}\)|./gu)) {
    if (piece[0].length === 1 && HAN_STOP.test(piece[0])) break;
    text += piece[0];
  }
  // "拉扎羅共同主持": the verb that follows is not part of the name.
  const verb = /共同|主持|會談|会谈|舉行|举行|出席|率團|率团|一行/u.exec(rest.slice(0, text.length + 2));
  if (verb && verb.index < text.length) text = text.slice(0, verb.index);
  const han = text.replace(/\([^)]*\)/g, '');
  const length = [...han].length;
  if (length < 2 || length > (han.includes('·') ? 10 : 4)) return null;
  const latin = verb && verb.index < text.length ? undefined : /^\s?[(（]([A-Z][A-Za-z.'’ -]{2,60})[)）]/u.exec(rest.slice(text.length))?.[1];
  return { text, lead: 0, latin };
}

/** Japanese words that begin an organisation or a portfolio after a name ("山田重夫外務省…局長"). */
const JAPANESE_ORG = /外務|外交|国防|防衛|国務|国際|政治|総合|政策|経済|財務|内閣|大統領|首相|アジア|欧州|北米|中東|担当|省|庁|部|局/u;

/**
 * A Japanese name just before its title: a run of katakana (with "・") or two to five kanji
 * before an organisation word, after a particle or punctuation ("我が国から山田重夫外務省…局長",
 * "外務省の…局のサラントゴス局長"); the organisation may stand between name and title, and a
 * reading in parentheses after kanji is not part of the name ("劉勁松(りゅう・けいしょう)外交部…").
 */
export function japaneseNameBefore(before: string): FoundName | null {
  let tail = before;
  for (let step = 0; step < 3; step += 1) {
    tail = tail.replace(/[(（][\p{Script=Hiragana}・\s]{1,30}[)）]$/u, '');
    const katakana = /([\p{Script=Katakana}ー]+(?:[・=＝][\p{Script=Katakana}ー]+){0,3})$/u.exec(tail);
    // Regions in katakana belong to a bureau's name ("アジア大洋州局", "外交部アジア司").
    if (katakana && KATAKANA_REGIONS.test(katakana[1])) {
      tail = tail.slice(0, katakana.index);
      continue;
    }
    if (katakana && [...katakana[1]].length >= 3) return { text: katakana[1], lead: katakana.index };
    // The run of kanji at the end (whatever precedes it: a particle, punctuation, katakana).
    const segment = /(?<![\p{Script=Han}々])([\p{Script=Han}々]{1,24})$/u.exec(tail);
    if (!segment) return null;
    // Kanji right after katakana continue an organisation ("アジア大洋州局"): the name stands before both.
    const katakanaBefore = /[\p{Script=Katakana}ー・]+$/u.exec(tail.slice(0, segment.index));
    if (katakanaBefore) {
      tail = tail.slice(0, katakanaBefore.index);
      continue;
    }
    const org = JAPANESE_ORG.exec(segment[1]);
    const nameLength = org ? org.index : segment[1].length;
    if (nameLength >= 2 && nameLength <= 5) return { text: segment[1].slice(0, nameLength), lead: segment.index };
    if (nameLength !== 0) return null;
    // The run is all organisation ("外交部政策企画"): the name stands before it.
    tail = tail.slice(0, tail.length - segment[1].length);
  }
  return null;
}

const KATAKANA_REGIONS = /^(?:アジア|アフリカ|ヨーロッパ|アメリカ|オセアニア|ラテンアメリカ|ユーラシア|アラブ|アジア・太平洋|アジア・太洋州)$/u;

/** A Japanese name after its title joined by "である"/"の" ("次官であるマジード・タフトラヴァーンチ博士"). */
export function japaneseNameAfter(rest: string): FoundName | null {
  const m = /^(?:である|の)([\p{Script=Katakana}ー]+(?:[・=＝][\p{Script=Katakana}ー]+){0,3}|[\p{Script=Han}]{2,5}?)(?=博士|氏|閣下|は|が|を|に|と|、|。)/u.exec(rest);
  if (!m) return null;
  return { text: m[1], lead: m[0].length - m[1].length };
}

const KOREAN_STOP = new Set(['이번', '양', '각', '한일', '한미', '한중', '양국', '외교부', '정부', '당국', '우리', '미국', '일본', '중국', '신임', '전', '현', '당시', '관계자', '기자']);

/**
 * A Korean name before its title and the organisation words between ("서민정 외교부 아태국장",
 * "후나코시 다케히로(船越 健裕) 외무성 아시아대양주국장", "마크 내퍼 미 국무부 동아태부차관보"):
 * one or two words of Hangul, the hanja in parentheses after them left out.
 */
export function koreanNameBefore(before: string): FoundName | null {
  // Organisation words end in 부, 성, 청, 처, 원, 실 or are a country or its abbreviation.
  const org = /(?:\s*(?:[\p{Script=Hangul}]{1,8}(?:부|성|청|처|원|실)|미|일|중|러|영|일본|미국|중국|한국|러시아|영국|외교|외무|국무|국방|[\p{Script=Hangul}]{2,8}(?:국))){0,4}\s*$/u;
  const trimmed = before.replace(org, '');
  const rest = trimmed.replace(/\s*[(（][\p{Script=Han}\s]{1,12}[)）]\s*$/u, '');
  const m = /(?:^|[\s\]」"'“”,.·])((?:[\p{Script=Hangul}]{2,6}\s){0,1}[\p{Script=Hangul}]{2,6})$/u.exec(rest.replace(/\s+$/u, ''));
  if (!m) return null;
  let words = m[1].split(/\s+/);
  // A word with a particle ("외교부는", "양국은") is not part of the name.
  while (words.length > 0 && (KOREAN_STOP.has(words[0]) || /(?:은|는|을|를|에|의|도|로|과|와)$/u.test(words[0]))) words = words.slice(1);
  if (words.length === 0 || words.some((w) => KOREAN_STOP.has(w))) return null;
  const text = words.join(' ');
  return { text, lead: rest.replace(/\s+$/u, '').length - text.length };
}

/** Fillers are punctuation, filler words, official-form words ("Republic"), or lower-case words (demonyms, "von") — never a capitalised name. */
export function isSkippable(token: string, profile: LanguageProfile): boolean {
  if (/^[\s,:;–—-]+$/.test(token)) return true;
  if (profile.fillers && new RegExp(`^(?:${profile.fillers})$`, 'iu').test(token)) return true;
  if (OFFICIAL_FORM_WORDS.has(normaliseCountryText(token))) return true;
  // Arabic: demonyms and definite words ("الأذربيجاني", "الخارجية"), and "at the Ministry" ("بوزارة").
  if (profile.code === 'ar') return /^(?:و?ال|[وبل]?وزار|لل|و?شؤون)/u.test(token);
  if (profile.code === 'fa') return /^(?:امور|خارجه|وزارت|ارشد|سیاسی|ایران|ژاپن)$/u.test(token);
  return /^\p{Ll}/u.test(token) || /^\p{Lu}\p{L}+(?:ischen|ischer|isches|ische|isch)$/u.test(token);
}
