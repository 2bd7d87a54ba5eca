import { AMBASSADOR, COUNTERPART, DEPUTY_MINISTER, DIRECTOR_GENERAL, DM, HEAD_OF_DEPARTMENT, LanguageProfile, MIN, MINISTER, OTHER, STATE_SECRETARY, T, W, days } from './profile';
import { cyrillicNominative, cyrillicTitleCase } from './slavic';

export const uk: LanguageProfile = {
  code: 'uk',
  spaced: true,
  cased: true,
  consultations: W('(?:політичн\\p{L}*\\s+)?консультаці\\p{L}*|стратегічн\\p{L}*\\s+діалог\\p{L}*'),
  otherEvents: W('комісі\\p{L}*|комітет\\p{L}*|саміт\\p{L}*|форум\\p{L}*|конференці\\p{L}*'),
  roundWords: W('раунд\\p{L}*|засідан\\p{L}*|тур(?!\\p{L})|зустріч\\p{L}*'),
  nextWords: W('наступн\\p{L}*|черговий|чергов\\p{L}*|нов\\p{L}*'),
  video: W('відео\\s*(?:конференц|зв[\'’]яз)\\p{L}*|відеоконференц\\p{L}*|онлайн|дистанційн\\p{L}*'),
  phone: W('телефонн\\p{L}*\\s+розмов\\p{L}*|по\\s+телефону'),
  inPerson: W('візит\\p{L}*|відвіда\\p{L}*|прибу\\p{L}*|очн\\p{L}*'),
  planned: W('проведуть|відбудуться|відбудеться|заплановано|запланован\\p{L}*|плану\\p{L}*|очіку\\p{L}*ся|буде\\s+проведено|майбутн\\p{L}*'),
  vagueTime: W('нещодавно|днями'),
  relativeDays: days([['сьогодні', 0], ['вчора|учора', -1], ['позавчора', -2], ['завтра', 1], ['післязавтра', 2]]),
  weekdayPast: W('в|у|минул\\p{L}*'),
  weekdayNext: W('наступн\\p{L}*'),
  sideWords: W('сторон\\p{L}*|делегаці\\p{L}*'),
  fillers: 'пан|пані|МЗС|України',
  honorifics: W('^(?:пан|пані)\\s+'),
  and: W('і|й|та|а'),
  titles: [
    T('(?:його|її)\\s+колег\\p{L}*', COUNTERPART, OTHER),
    T('перш\\p{L}*\\s+заступник\\p{L}*\\s+міністра\\s+закордонних\\s+справ', `First ${DM}`, DEPUTY_MINISTER),
    T('заступник\\p{L}*\\s+міністра\\s+закордонних\\s+справ|заступник\\p{L}*\\s+глави\\s+МЗС', DM, DEPUTY_MINISTER),
    T('заступник\\p{L}*\\s+міністра', 'Deputy Minister', DEPUTY_MINISTER),
    T('віце-?міністр\\p{L}*(?:\\s+закордонних\\s+справ)?', 'Vice Minister of Foreign Affairs', DEPUTY_MINISTER),
    T('генеральн\\p{L}*\\s+директор\\p{L}*', 'Director-General', DIRECTOR_GENERAL),
    T('директор\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}департамент\\p{L}*|начальник\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}управлінн\\p{L}*', 'Director', HEAD_OF_DEPARTMENT),
    T('державн\\p{L}*\\s+секретар\\p{L}*|статс-секретар\\p{L}*', 'State Secretary', STATE_SECRETARY),
    T('політичн\\p{L}*\\s+директор\\p{L}*', 'Political Director', DIRECTOR_GENERAL),
    T('посол|посла|послом|послу', 'Ambassador', AMBASSADOR),
    T('міністр\\p{L}*\\s+закордонних\\s+справ|глав\\p{L}*\\s+МЗС', MIN, MINISTER),
  ],
  cityEndings: ['', 'і', 'у', 'ом', 'ою', 'и', 'а', 'і'],
  ordinals: {
    locale: 'uk-UA',
    inflect: (w) => {
      const m = /^(.*?)(ий|ій)$/.exec(w);
      if (!m) return [w];
      const s = m[1];
      return m[2] === 'ій' ? [w, `${s}ього`, `${s}ьому`, `${s}ім`, `${s}я`, `${s}ю`, `${s}ьої`] : [w, `${s}ого`, `${s}ому`, `${s}им`, `${s}а`, `${s}у`, `${s}ої`, `${s}і`, `${s}их`];
    },
    digits: /^(\d{1,3})-?(?:й|ий|ій|го|ого|му|м|а|я|у|ю)$/i,
  },
  topics: { 'trade and economic cooperation': 'торгов|економічн', energy: 'енерге', 'regional and international security': 'безпек', 'humanitarian cooperation': 'гуманітарн', investment: 'інвестиц' },
  nominative: (word, position, title) => cyrillicNominative(word, position, cyrillicTitleCase(title)),
};
