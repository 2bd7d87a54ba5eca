import { AMBASSADOR, days, DEPUTY_MINISTER, DIRECTOR_GENERAL, DM, LanguageProfile, MIN, MINISTER, OTHER, STATE_SECRETARY, T, W } from './profile';

/** Persian: the zero-width non-joiner (U+200C) is often dropped or replaced by a space, so patterns allow all three. */
const J = '[\\u200c\\s]?';

export const fa: LanguageProfile = {
  code: 'fa',
  spaced: true,
  cased: false,
  consultations: W(`رایزنی${J}(?:ها|های)?(?:\\s+سیاسی)?|گفت${J}و${J}گو${J}(?:ها|های)?\\s+(?:ی\\s+)?سیاسی|گفتگو${J}(?:ها|های)?\\s+سیاسی|مشورت${J}(?:ها|های)?\\s+سیاسی|مذاکرات\\s+سیاسی`),
  otherEvents: W('کمیسیون|کمیته|اجلاس\\s+سران|نشست\\s+سران'),
  roundWords: W('دور|نشست|جلسه|اجلاس'),
  nextWords: W('بعدی|آینده|جدید|دیگر'),
  video: W('ویدئو\\s*کنفرانس|ویدیو\\s*کنفرانس|مجازی|برخط'),
  phone: W('تلفنی|گفت\\s*و\\s*گوی\\s+تلفنی'),
  inPerson: W('سفر|دیدار'),
  planned: W('خواهد|خواهند|قرار\\s+است|برگزار\\s+می\\s*شود|برگزار\\s+خواهد'),
  vagueTime: W('اخیرا|اخیراً'),
  relativeDays: days([['امروز', 0], ['دیروز|روز\\s+گذشته', -1], ['فردا', 1]]),
  weekdayPast: W('گذشته|روز'),
  weekdayNext: W('آینده'),
  sideWords: W('طرف|هیئت|هیات'),
  fillers: 'آقای|خانم|دکتر|سید',
  honorifics: W('^(?:آقای|خانم|دکتر|جناب)\\s+'),
  and: W('و'),
  titles: [
    T(`معاون${J}ارشد\\s+(?:وزیر|وزارت)\\s+(?:امور\\s+)?خارجه`, 'Senior Deputy Minister for Foreign Affairs', DEPUTY_MINISTER),
    T(`معاون${J}(?:وزیر|وزارت)\\s+(?:امور\\s+)?خارجه`, DM, DEPUTY_MINISTER),
    T(`معاون${J}سیاسی\\s+وزارت\\s+(?:امور\\s+)?خارجه|معاون${J}سیاسی\\s+وزیر\\s+(?:امور\\s+)?خارجه`, 'Political Deputy Minister of Foreign Affairs', DEPUTY_MINISTER),
    T('معاون\\s+وزیر', 'Deputy Minister', DEPUTY_MINISTER),
    T('مدیر\\s*کل', 'Director General', DIRECTOR_GENERAL),
    T('دبیر\\s*کل', 'Secretary General', OTHER),
    T('سفیر', 'Ambassador', AMBASSADOR),
    T('وزیر\\s+(?:امور\\s+)?خارجه', MIN, MINISTER),
    T('وزیر\\s+مشاور', 'State Secretary', STATE_SECRETARY),
  ],
  cityEndings: [''],
  ordinals: { locale: 'fa-IR', inflect: (w) => [w, `${w}ین`, w.replace(/ /g, ''), `${w.replace(/ /g, '')}ین`], digits: /^(\d{1,3})(?:م|مین|ام|امین)?$/, extra: { نخستین: 1, اولین: 1, نخست: 1 } },
  topics: { 'trade and economic cooperation': 'تجار|اقتصاد', 'regional and international security': 'امنیت' },
};
