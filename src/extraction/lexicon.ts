import { Rank } from '../domain/enums';
import { Language } from './languages';

/**
 * The words of the genre, per language: what no library knows. Patterns are matched
 * case-insensitively on the text as written (Unicode-aware); stems cover inflection
 * ("Konsultationen", "məsləhətləşmələrin", "консультаций").
 */
export interface LanguageLexicon {
  /** The event itself: "political consultations". */
  consultations: RegExp;
  /** Another kind of meeting whose numbers must not become the consultations' round. */
  otherEvents: RegExp;
  /** Nouns a round number attaches to: "Runde", "raund", "الجولة", "ronda". */
  roundWords: RegExp;
  /** "next"/"another" round: a stated round without a number. */
  nextWords: RegExp;
  video: RegExp;
  phone: RegExp;
  /** Vague time words: no date can be read from them ("kürzlich", "recently"). */
  vagueTime: RegExp;
}

const W = (source: string) => new RegExp(source, 'giu');

export const LEXICONS: Record<Language, LanguageLexicon> = {
  de: {
    consultations: W('(?:politische[nrs]?\\s+)?Konsultation(?:en|srunde)?'),
    otherEvents: W('Kommission|Ausschuss|Regierungskommission'),
    roundWords: W('Runde|Sitzung|Konsultationsrunde|Treffen'),
    nextWords: W('nächste[nrs]?|weitere[nrs]?|neue[nrs]?'),
    video: W('Video(?:konferenz|schalte|verbindung)|per\\s+Video|virtuell'),
    phone: W('Telefon(?:at|gespräch|isch)'),
    vagueTime: W('kürzlich|neulich|vor kurzem|in diesen Tagen'),
  },
  az: {
    consultations: W('(?:siyasi\\s+)?məsləhətləşmə(?:lər)?\\p{L}*'),
    otherEvents: W('komissiya\\p{L}*|komitə\\p{L}*'),
    roundWords: W('raund\\p{L}*|iclas\\p{L}*|tur(?:u|unda|da)?(?!\\p{L})'),
    nextWords: W('növbəti|yeni|sonrakı'),
    video: W('video\\s*(?:konfrans|əlaqə|bağlantı)\\p{L}*|videokonfrans\\p{L}*|onlayn'),
    phone: W('telefon\\p{L}*'),
    vagueTime: W('bu yaxınlarda|ötən günlərdə|yaxın vaxtlarda'),
  },
  ar: {
    consultations: W('(?:[وب]?ال)?مشاورات(?:\\s+(?:ال)?سياسية)?'),
    otherEvents: W('(?:[وب]?ال)?لجن(?:ة|ه)\\p{L}*|(?:ال)?هيئة'),
    roundWords: W('(?:[وب]?ال)?(?:جولة|دورة|اجتماع|جلسة)'),
    nextWords: W('(?:ال)?(?:مقبلة|قادمة|تالية|جديدة|مقبل|قادم|تالي)'),
    video: W('(?:ال)?فيديو|(?:ال)?اتصال\\s+(?:ال)?مرئي|(?:ال)?تقنية\\s+(?:ال)?مرئية|افتراضي\\p{L}*'),
    phone: W('(?:ال)?هاتف\\p{L}*|(?:ال)?اتصال\\s+هاتفي'),
    vagueTime: W('مؤخرا|مؤخراً|في الآونة الأخيرة'),
  },
  es: {
    consultations: W('consultas(?:\\s+políticas)?|consultaciones'),
    otherEvents: W('comisi[oó]n|comit[eé]'),
    roundWords: W('ronda|sesi[oó]n|reuni[oó]n|edici[oó]n'),
    nextWords: W('pr[oó]xim[oa]|siguiente|nueva|otra'),
    video: W('videoconferencia|v[ií]deo\\s*conferencia|videollamada|formato virtual|en l[ií]nea'),
    phone: W('telef[oó]nic[oa]|tel[eé]fono'),
    vagueTime: W('recientemente|hace poco'),
  },
  en: {
    consultations: W('(?:political\\s+)?consultations?'),
    otherEvents: W('commission|committee'),
    roundWords: W('round|session|meeting'),
    nextWords: W('next|another|new|further'),
    video: W('video\\s*(?:conference|link|call)|videoconference|virtual(?:ly)?|online format'),
    phone: W('(?:tele)?phone(?:\\s+call)?|by telephone'),
    vagueTime: W('recently|the other day|earlier this (?:week|month)'),
  },
  ru: {
    consultations: W('(?:политическ\\p{L}*\\s+)?консультаци\\p{L}*'),
    otherEvents: W('комисси\\p{L}*|комитет\\p{L}*'),
    roundWords: W('раунд\\p{L}*|заседани\\p{L}*|тур(?!\\p{L})|встреч\\p{L}*'),
    nextWords: W('следующ\\p{L}*|очередн\\p{L}*|нов\\p{L}*'),
    video: W('видео\\s*(?:конференц|связ)\\p{L}*|видеоконференц\\p{L}*|онлайн|в режиме видео\\p{L}*'),
    phone: W('телефон\\p{L}*'),
    vagueTime: W('недавно|на днях'),
  },
  fr: {
    consultations: W('consultations?(?:\\s+politiques?)?'),
    otherEvents: W('commission|comit[ée]'),
    roundWords: W('cycle|tour|session|round|r[ée]union'),
    nextWords: W('prochaine?|nouve(?:au|lle)|autre'),
    video: W('visioconf[ée]rence|vid[ée]oconf[ée]rence|par vid[ée]o|en ligne'),
    phone: W('t[ée]l[ée]phon\\p{L}*'),
    vagueTime: W('r[ée]cemment|ces derniers jours'),
  },
  tr: {
    consultations: W('(?:siyasi\\s+)?istişare(?:ler|leri|lerin|lerinin|lerinde)?\\p{L}*'),
    otherEvents: W('komisyon\\p{L}*|komite\\p{L}*'),
    roundWords: W('tur\\p{L}*|toplantı\\p{L}*|raund\\p{L}*|oturum\\p{L}*'),
    nextWords: W('(?:bir\\s+)?sonraki|gelecek|yeni'),
    video: W('video\\s*konferans\\p{L}*|videokonferans\\p{L}*|çevrim\\s*içi'),
    phone: W('telefon\\p{L}*'),
    vagueTime: W('geçtiğimiz günlerde|son günlerde|yakın zamanda'),
  },
};

export interface TitleEntry {
  pattern: RegExp;
  title: string;
  rank: Rank;
}

// A title ends at a word's end: "Außenminister" must not match inside "Außenministerium".
const T = (source: string, title: string, rank: Rank): TitleEntry => ({ pattern: W(`(?:${source})(?![\\p{L}])`), title, rank });
const DM = 'Deputy Minister of Foreign Affairs';
const MIN = 'Minister of Foreign Affairs';
const { DEPUTY_MINISTER, DIRECTOR_GENERAL, STATE_SECRETARY, AMBASSADOR, MINISTER, OTHER } = Rank;

/** Titles of delegation heads, most specific first; the English title is what the draft proposes. */
export const TITLES: Record<Language, TitleEntry[]> = {
  de: [
    T('stellvertretende[nmrs]?\\s+Außenminister(?:in|s)?', DM, DEPUTY_MINISTER),
    T('stellvertretende[nmrs]?\\s+Minister(?:in)?\\s+für\\s+auswärtige\\s+Angelegenheiten', DM, DEPUTY_MINISTER),
    T('Vize-?[Aa]ußenminister(?:in|s)?', DM, DEPUTY_MINISTER),
    T('Generaldirektor(?:in|s)?\\s+für\\s+bilaterale\\s+Angelegenheiten', 'Director-General for Bilateral Affairs', DIRECTOR_GENERAL),
    T('Generaldirektor(?:in|s)?\\s+für\\s+bilaterale\\s+Beziehungen', 'Director-General for Bilateral Relations', DIRECTOR_GENERAL),
    T('Generaldirektor(?:in|s)?(?:\\s+für\\s+(?:\\p{L}+\\s+)?(?:Angelegenheiten|Beziehungen|Zusammenarbeit|Fragen|Politik))?', 'Director-General', DIRECTOR_GENERAL),
    T('Staatssekretär(?:in|s)?', 'State Secretary', STATE_SECRETARY),
    T('[Pp]olitische[nrs]?\\s+Direktor(?:in|s)?', 'Political Director', DIRECTOR_GENERAL),
    T('Sonderbotschafter(?:in|s)?|Botschafter(?:in|s)?\\s+für\\s+besondere\\s+Aufgaben', 'Ambassador-at-Large', AMBASSADOR),
    T('Botschafter(?:in|s)?', 'Ambassador', AMBASSADOR),
    T('Außenminister(?:in|s)?', MIN, MINISTER),
  ],
  az: [
    T('xarici\\s+işlər\\s+nazirinin\\s+müavini', DM, DEPUTY_MINISTER),
    T('xarici\\s+işlər\\s+nazir\\s+müavini', DM, DEPUTY_MINISTER),
    T('xarici\\s+işlər\\s+nazirinin\\s+birinci\\s+müavini', `First ${DM}`, DEPUTY_MINISTER),
    T('nazir\\s+müavini|nazirinin\\s+müavini', 'Deputy Minister', DEPUTY_MINISTER),
    T('ikitərəfli\\s+əlaqələr\\s+üzrə\\s+baş\\s+direktoru?', 'Director-General for Bilateral Relations', DIRECTOR_GENERAL),
    T('baş\\s+direktoru?', 'Director-General', DIRECTOR_GENERAL),
    T('dövlət\\s+katibi', 'State Secretary', STATE_SECRETARY),
    T('siyasi\\s+direktoru?', 'Political Director', DIRECTOR_GENERAL),
    T('xüsusi\\s+tapşırıqlar\\s+üzrə\\s+səfiri?', 'Ambassador-at-Large', AMBASSADOR),
    T('səfiri?(?!\\p{L})', 'Ambassador', AMBASSADOR),
    T('xarici\\s+işlər\\s+naziri(?!\\p{L})', MIN, MINISTER),
  ],
  ar: [
    T('نائب\\s+وزير\\s+(?:ال)?خارجية|نائب\\s+وزير\\s+الشؤون\\s+الخارجية', DM, DEPUTY_MINISTER),
    T('مساعد\\s+وزير\\s+(?:ال)?خارجية', 'Assistant Minister of Foreign Affairs', OTHER),
    T('وكيل\\s+وزارة\\s+(?:ال)?خارجية', 'Under-Secretary of Foreign Affairs', DEPUTY_MINISTER),
    T('نائب\\s+(?:ال)?وزير', 'Deputy Minister', DEPUTY_MINISTER),
    T('(?:ال)?مدير\\s+(?:ال)?عام', 'Director-General', DIRECTOR_GENERAL),
    T('(?:ال)?مدير\\s+(?:ال)?سياسي', 'Political Director', DIRECTOR_GENERAL),
    T('وزير\\s+(?:ال)?دولة|سكرتير\\s+(?:ال)?دولة', 'State Secretary', STATE_SECRETARY),
    T('(?:ال)?أمين\\s+(?:ال)?عام', 'Secretary-General', OTHER),
    T('(?:ال)?سفير\\s+(?:ف[وي]ق\\s+(?:ال)?عادة|متجول)', 'Ambassador-at-Large', AMBASSADOR),
    T('(?:ال)?سفير', 'Ambassador', AMBASSADOR),
    T('وزير\\s+(?:ال)?خارجية', MIN, MINISTER),
  ],
  es: [
    T('viceministr[oa]\\s+de\\s+(?:Asuntos|Relaciones)\\s+Exteriores', DM, DEPUTY_MINISTER),
    T('vicecanciller', DM, DEPUTY_MINISTER),
    T('viceministr[oa]', 'Deputy Minister', DEPUTY_MINISTER),
    T('director[a]?\\s+general\\s+(?:de|para)\\s+(?:Asuntos|Relaciones)\\s+Bilaterales', 'Director-General for Bilateral Affairs', DIRECTOR_GENERAL),
    T('director[a]?\\s+general', 'Director-General', DIRECTOR_GENERAL),
    T('secretari[oa]\\s+de\\s+Estado', 'State Secretary', STATE_SECRETARY),
    T('director[a]?\\s+pol[ií]tic[oa]', 'Political Director', DIRECTOR_GENERAL),
    T('embajador[a]?\\s+(?:en\\s+misi[oó]n\\s+especial|itinerante)', 'Ambassador-at-Large', AMBASSADOR),
    T('embajador[a]?', 'Ambassador', AMBASSADOR),
    T('ministr[oa]\\s+de\\s+(?:Asuntos|Relaciones)\\s+Exteriores|canciller', MIN, MINISTER),
  ],
  en: [
    T('Deputy\\s+(?:Foreign\\s+)?Minister(?:\\s+(?:of|for)\\s+Foreign\\s+Affairs)?|Vice[- ]Minister(?:\\s+of\\s+Foreign\\s+Affairs)?|Deputy\\s+Foreign\\s+Minister', DM, DEPUTY_MINISTER),
    T('Director[- ]General\\s+for\\s+Bilateral\\s+Affairs', 'Director-General for Bilateral Affairs', DIRECTOR_GENERAL),
    T('Director[- ]General\\s+for\\s+Bilateral\\s+Relations', 'Director-General for Bilateral Relations', DIRECTOR_GENERAL),
    T('Director[- ]General(?:\\s+(?:for|of)\\s+(?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}(?:Affairs|Relations|Cooperation|Policy|Department))?', 'Director-General', DIRECTOR_GENERAL),
    T('(?:Permanent\\s+)?State\\s+Secretary|Secretary\\s+of\\s+State', 'State Secretary', STATE_SECRETARY),
    T('Political\\s+Director', 'Political Director', DIRECTOR_GENERAL),
    T('Additional\\s+(?:Foreign\\s+)?Secretary', 'Additional Secretary', OTHER),
    T('Ambassador[- ]at[- ]Large', 'Ambassador-at-Large', AMBASSADOR),
    T('Ambassador', 'Ambassador', AMBASSADOR),
    T('Foreign\\s+Minister|Minister\\s+(?:of|for)\\s+Foreign\\s+Affairs', MIN, MINISTER),
  ],
  ru: [
    T('заместител\\p{L}*\\s+министра\\s+иностранных\\s+дел|замминистра\\s+иностранных\\s+дел|замглавы\\s+МИД\\p{L}*', DM, DEPUTY_MINISTER),
    T('перв\\p{L}*\\s+заместител\\p{L}*\\s+министра', `First ${DM}`, DEPUTY_MINISTER),
    T('заместител\\p{L}*\\s+министра', 'Deputy Minister', DEPUTY_MINISTER),
    T('генеральн\\p{L}*\\s+директор\\p{L}*', 'Director-General', DIRECTOR_GENERAL),
    T('директор\\p{L}*\\s+департамента', 'Director of Department', OTHER),
    T('статс-секретар\\p{L}*|государственн\\p{L}*\\s+секретар\\p{L}*', 'State Secretary', STATE_SECRETARY),
    T('политическ\\p{L}*\\s+директор\\p{L}*', 'Political Director', DIRECTOR_GENERAL),
    T('посл\\p{L}*\\s+по\\s+особым\\s+поручениям', 'Ambassador-at-Large', AMBASSADOR),
    T('посол|посла|послом|послу', 'Ambassador', AMBASSADOR),
    T('министр\\p{L}*\\s+иностранных\\s+дел', MIN, MINISTER),
  ],
  fr: [
    T('vice-ministre\\s+des\\s+Affaires\\s+[ée]trang[èe]res|ministre\\s+adjoint\\p{L}*\\s+des\\s+Affaires\\s+[ée]trang[èe]res', DM, DEPUTY_MINISTER),
    T('vice-ministre', 'Deputy Minister', DEPUTY_MINISTER),
    T('directeur\\s+g[ée]n[ée]ral|directrice\\s+g[ée]n[ée]rale', 'Director-General', DIRECTOR_GENERAL),
    T("secr[ée]taire\\s+d['’][ÉEée]tat", 'State Secretary', STATE_SECRETARY),
    T('directeur\\s+politique|directrice\\s+politique', 'Political Director', DIRECTOR_GENERAL),
    T('ambassad(?:eur|rice)\\s+itinérant\\p{L}*|ambassad(?:eur|rice)\\s+en\\s+mission\\s+spéciale', 'Ambassador-at-Large', AMBASSADOR),
    T('ambassad(?:eur|rice)', 'Ambassador', AMBASSADOR),
    T('ministre\\s+des\\s+Affaires\\s+[ée]trang[èe]res', MIN, MINISTER),
  ],
  tr: [
    T('Dışişleri\\s+Bakan(?:ı)?\\s+Yardımcısı|Dışişleri\\s+Bakan\\s+Yardımcısı', DM, DEPUTY_MINISTER),
    T('Bakan\\s+Yardımcısı', 'Deputy Minister', DEPUTY_MINISTER),
    T('Genel\\s+Müdür(?:ü)?', 'Director-General', DIRECTOR_GENERAL),
    T('Devlet\\s+Sekreteri', 'State Secretary', STATE_SECRETARY),
    T('Siyasi\\s+Direktör(?:ü)?|Siyasi\\s+İşler\\s+Direktörü', 'Political Director', DIRECTOR_GENERAL),
    T('Gezici\\s+Büyükelçi(?:si)?', 'Ambassador-at-Large', AMBASSADOR),
    T('Büyükelçi(?:si)?', 'Ambassador', AMBASSADOR),
    T('Dışişleri\\s+Bakanı', MIN, MINISTER),
  ],
};

/** Topics in the words of each language, named in English in the draft. */
export const TOPICS: Array<{ topic: string; words: Partial<Record<Language, string>> }> = [
  { topic: 'trade and economic cooperation', words: { de: 'Handel|wirtschaftlich|Wirtschaft', az: 'ticarət|iqtisadi', ar: 'التجار|الاقتصاد', es: 'comercial|económic', en: 'trade|econom', ru: 'торгов|экономическ', fr: 'commerc|économ', tr: 'ticaret|ekonomik' } },
  { topic: 'energy', words: { de: 'Energie', az: 'enerji', ar: 'الطاقة', es: 'energ', en: 'energy', ru: 'энергет', fr: 'énergi', tr: 'enerji' } },
  { topic: 'transport and connectivity', words: { de: 'Verkehr|Transport|Korridor', az: 'nəqliyyat|dəhliz', ar: 'النقل|الممر', es: 'transporte|corredor', en: 'transport|corridor|connectivity', ru: 'транспорт|коридор', fr: 'transport|corridor', tr: 'ulaştırma|taşımacılık|koridor' } },
  { topic: 'culture and education', words: { de: 'Kultur|Bildung', az: 'mədəni|təhsil', ar: 'الثقاف|التعليم', es: 'cultur|educa', en: 'cultur|educat', ru: 'культур|образован', fr: 'cultur|éducati', tr: 'kültür|eğitim' } },
  { topic: 'regional and international security', words: { de: 'Sicherheit', az: 'təhlükəsizlik', ar: 'الأمن', es: 'seguridad', en: 'security', ru: 'безопасност', fr: 'sécurité', tr: 'güvenlik' } },
  { topic: 'humanitarian cooperation', words: { de: 'humanitär', az: 'humanitar', ar: 'الإنساني', es: 'humanitari', en: 'humanitarian', ru: 'гуманитарн', fr: 'humanitaire', tr: 'insani' } },
  { topic: 'climate', words: { de: 'Klima', az: 'iqlim', ar: 'المناخ', es: 'clim[aá]tic|clima(?!\\p{L})', en: 'climate|COP\\d*', ru: 'климат', fr: 'climat', tr: 'iklim' } },
  { topic: 'international organisations', words: { de: 'internationale[rn]? Organisationen|multilateral', az: 'beynəlxalq təşkilat', ar: 'المنظمات الدولية', es: 'organizaciones internacionales', en: 'international organi[sz]ations|multilateral', ru: 'международных организац', fr: 'organisations internationales', tr: 'uluslararası kuruluş' } },
  { topic: 'post-conflict reconstruction', words: { de: 'Wiederaufbau|Minenräumung', az: 'bərpa|mina', ar: 'إعادة الإعمار|الألغام', es: 'reconstrucci|rehabilitaci', en: 'reconstruction|demining', ru: 'восстановлен|разминирован', fr: 'reconstruction|déminage', tr: 'yeniden inşa|mayın' } },
  { topic: 'tourism', words: { de: 'Tourismus', az: 'turizm', ar: 'السياح', es: 'turismo', en: 'tourism', ru: 'туризм', fr: 'tourisme', tr: 'turizm' } },
  { topic: 'investment', words: { de: 'Investition', az: 'investisiya', ar: 'الاستثمار', es: 'inversi', en: 'investment', ru: 'инвестиц', fr: 'investissement', tr: 'yatırım' } },
];
