import { AMBASSADOR, days, DEPUTY_MINISTER, DIRECTOR_GENERAL, DM, LanguageProfile, MIN, MINISTER, STATE_SECRETARY, T, W } from './profile';
import { turkicNominative } from './turkic';

/** Uzbek in Latin letters (o‘, g‘ written with ‘, ʻ, ' or `). */
export const uz: LanguageProfile = {
  code: 'uz',
  spaced: true,
  cased: true,
  consultations: W('(?:siyosiy\\s+)?maslahatlash\\p{L}*|(?:siyosiy\\s+)?maslahatlar\\p{L}*'),
  otherEvents: W('komissiya\\p{L}*|qo[‘ʻ\'`’]mita\\p{L}*|kengash\\p{L}*|sammit\\p{L}*'),
  roundWords: W('bosqich\\p{L}*|raund\\p{L}*|uchrashuv\\p{L}*|yig[‘ʻ\'`’]ilish\\p{L}*'),
  nextWords: W('navbatdagi|keyingi|yangi'),
  video: W('video\\s*konferens\\p{L}*|videokonferens\\p{L}*|onlayn'),
  phone: W('telefon\\s+orqali'),
  inPerson: W('tashrif\\p{L}*'),
  planned: W('bo[‘ʻ\'`’]lib\\s+o[‘ʻ\'`’]tadi|o[‘ʻ\'`’]tkaziladi|rejalashtirilgan|kutilmoqda|boshchilik\\s+qiladi'),
  vagueTime: W('yaqinda'),
  relativeDays: days([['bugun', 0], ['kecha', -1], ['ertaga', 1]]),
  weekdayPast: W('o[‘ʻ\'`’]tgan'),
  weekdayNext: W('kelgusi'),
  sideWords: W('tomon\\p{L}*|delegatsiya\\p{L}*'),
  fillers: 'janob|xonim|mamlakat',
  honorifics: W('^(?:janob|xonim)\\s+'),
  and: W('va|bilan'),
  titles: [
    T('tashqi\\s+ishlar\\s+vazirining\\s+birinchi\\s+o[‘ʻ\'`’]rinbosari', `First ${DM}`, DEPUTY_MINISTER),
    T('tashqi\\s+ishlar\\s+vaziri\\s+o[‘ʻ\'`’]rinbosari|tashqi\\s+ishlar\\s+vazirining\\s+o[‘ʻ\'`’]rinbosari', DM, DEPUTY_MINISTER),
    T('vazir\\s+o[‘ʻ\'`’]rinbosari', 'Deputy Minister', DEPUTY_MINISTER),
    T('bosh\\s+direktor\\p{L}*', 'Director-General', DIRECTOR_GENERAL),
    T('davlat\\s+kotibi', 'State Secretary', STATE_SECRETARY),
    T('elchi\\p{L}*', 'Ambassador', AMBASSADOR),
    T('tashqi\\s+ishlar\\s+vaziri', MIN, MINISTER),
  ],
  cityEndings: ['', 'da', 'dan', 'ga', 'ning', 'ni'],
  ordinals: { locale: 'uz-UZ', inflect: (w) => [w, `${w}si`, `${w}sida`], digits: /^(\d{1,3})-?(?:chi|inchi|nchi)$/i },
  topics: { 'trade and economic cooperation': 'savdo|iqtisodiy', 'regional and international security': 'xavfsizlik' },
  nominative: (word) => turkicNominative(word),
};
