import { AMBASSADOR, COUNTERPART, DEPUTY_MINISTER, DIRECTOR_GENERAL, DM, LanguageProfile, MIN, MINISTER, OTHER, STATE_SECRETARY, T, W, days } from './profile';

export const ar: LanguageProfile = {
  code: 'ar',
  spaced: true,
  cased: false,
  consultations: W('(?:[وب]?ال)?مشاورات(?:\\s+(?:ال)?سياسية)?|(?:[وبل]?ل?ال)?تشاور\\s+(?:ال)?سياسي'),
  otherEvents: W('(?:[وب]?ال)?لجن(?:ة|ه)\\s+(?:ال)?(?:مشترك|رئاسي|عليا|حكومي|وزاري|اقتصادي)\\p{L}*|(?:ال)?هيئة|(?:ال)?قمة'),
  roundWords: W('(?:[وب]?ال)?(?:جولة|دورة|اجتماع|جلسة)'),
  nextWords: W('(?:ال)?(?:مقبلة|قادمة|تالية|جديدة|مقبل|قادم|تالي)'),
  video: W('(?:ال)?فيديو|(?:ال)?اتصال\\s+(?:ال)?مرئي|(?:ال)?تقنية\\s+(?:ال)?مرئية|افتراضي\\p{L}*|عن\\s+بعد'),
  phone: W('(?:ال)?اتصال\\s+(?:ال)?هاتفي|مكالمة\\s+هاتفية|هاتفيا'),
  inPerson: W('زيار(?:ة|ته)|يزور|زار|بديوان|بمقر|في\\s+مقر|تستضيف|ستستضيف|استضاف\\p{L}*'),
  planned: W('ستستضيف|ستعقد|ستجرى|سيعقد|ستكون|ستنطلق|من\\s+المقرر|من\\s+المنتظر|المقبل(?:ة)?\\s+(?:ال)?(?:اجتماع|جولة|دورة)|يوم\\s+\\p{L}+\\s+المقبل'),
  vagueTime: W('مؤخرا|مؤخراً|في الآونة الأخيرة'),
  relativeDays: days([['(?:ال)?يوم(?!\\s+(?:ال)?(?:سبت|أحد|اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة))', 0], ['أمس|الأمس|البارحة', -1], ['غدا|غداً', 1], ['أول\\s+أمس', -2]]),
  weekdayPast: W('(?:ال)?ماضي|يوم'),
  weekdayNext: W('(?:ال)?مقبل|(?:ال)?قادم'),
  sideWords: W('(?:ال)?جانب|(?:ال)?وفد'),
  // "وزيري الخارجية في البلدين، X، وY": "of the two countries" between a dual title and its names.
  fillers: 'السيد|السيدة|د\\.?|سعادة|معالي|الشيخ|السفير|(?:في\\s+(?:كلا\\s+)?(?:ال)?بلدين|ل(?:ل)?بلدين)\\s*،?',
  honorifics: W('^(?:السيد|السيدة|سعادة|معالي|الشيخ|السفير|الدكتور|د\\.)\\s+'),
  and: W('و'),
  titles: [
    T('نظير(?:ه|ها)', COUNTERPART, OTHER),
    T('(?:ال)?نائب\\s+(?:ال)?سياسي\\s+(?:ل)?(?:وزير|وزارة)\\s+(?:ال)?خارجية', 'Political Deputy Minister of Foreign Affairs', DEPUTY_MINISTER),
    T('(?:ال)?نائب\\s+(?:ال)?سياسي\\s+(?:ال)?أول', 'First Political Deputy', DEPUTY_MINISTER),
    T('نائب\\s+وزير\\s+(?:ال)?خارجية|نائب\\s+وزير\\s+الشؤون\\s+الخارجية', DM, DEPUTY_MINISTER),
    T('مساعد\\s+وزير\\s+(?:ال)?دولة\\s+لشؤون\\s+(?:ال)?\\p{L}+(?:\\s+(?:ال)?\\p{L}+)?', 'Assistant Minister of State', OTHER),
    T('مساعد\\s+وزير\\s+(?:ال)?خارجية', 'Assistant Minister of Foreign Affairs', OTHER),
    T('وكيل\\s+وزارة\\s+(?:ال)?خارجية', 'Undersecretary of the Ministry of Foreign Affairs', OTHER),
    T('نائب\\s+(?:ال)?وزير', 'Deputy Minister', DEPUTY_MINISTER),
    T('(?:ال)?مدير\\s+(?:ال)?عام', 'Director General', DIRECTOR_GENERAL),
    T('(?:ال)?مدير\\s+(?:ال)?سياسي', 'Political Director', DIRECTOR_GENERAL),
    T('وزير\\s+(?:ال)?دولة|سكرتير\\s+(?:ال)?دولة', 'State Secretary', STATE_SECRETARY),
    T('(?:ال)?أمين\\s+(?:ال)?عام', 'Secretary-General', OTHER),
    T('(?:ال)?مبعوث\\s+(?:ال)?خاص', 'Special Envoy', OTHER),
    T('(?:ال)?سفير\\s+(?:ف[وي]ق\\s+(?:ال)?عادة|متجول)', 'Ambassador-at-Large', AMBASSADOR),
    T('(?:ال)?سفير', 'Ambassador', AMBASSADOR),
    T('وزير\\s+(?:ال)?خارجية|وزيري\\s+(?:ال)?خارجية', MIN, MINISTER),
  ],
  cityEndings: [''],
  ordinals: {
    locale: 'ar-AE',
    inflect: (w, n) => {
      const forms = [w, `${w}ة`];
      if (n === 1) forms.push('الأولى', 'الاولى', 'أول', 'اول', 'أولى');
      const bare = w.replace(/^ال/, '');
      forms.push(bare, `${bare}ة`);
      return forms;
    },
    digits: /^(?:ال)?(\d{1,3})$/,
    extra: { الثلاثين: 30, الثلاثون: 30, العشرين: 20, العشرون: 20, الأربعين: 40 },
  },
  topics: {
    'trade and economic cooperation': 'التجار|الاقتصاد',
    energy: 'الطاقة',
    'transport and connectivity': 'النقل|الممر',
    'culture and education': 'الثقاف|التعليم',
    'regional and international security': 'الأمن',
    'humanitarian cooperation': 'الإنساني',
    climate: 'المناخ',
    'international organisations': 'المنظمات الدولية',
    'post-conflict reconstruction': 'إعادة الإعمار|الألغام',
    tourism: 'السياح',
    investment: 'الاستثمار',
  },
};
