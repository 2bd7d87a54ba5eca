import { AMBASSADOR, COUNTERPART, DEPUTY_MINISTER, DIRECTOR_GENERAL, DM, HEAD_OF_DEPARTMENT, LanguageProfile, MIN, MINISTER, OTHER, STATE_SECRETARY, T, W, days } from './profile';
import { cyrillicNominative, cyrillicTitleCase } from './slavic';

export const ru: LanguageProfile = {
  code: 'ru',
  spaced: true,
  cased: true,
  consultations: W('(?:политическ\\p{L}*\\s+)?консультаци\\p{L}*|стратегическ\\p{L}*\\s+диалог\\p{L}*'),
  otherEvents: W('комисси\\p{L}*|комитет\\p{L}*|саммит\\p{L}*|форум\\p{L}*|конференци\\p{L}*'),
  roundWords: W('раунд\\p{L}*|заседани\\p{L}*|тур(?!\\p{L})|встреч\\p{L}*'),
  nextWords: W('следующ\\p{L}*|очередн\\p{L}*|нов\\p{L}*|регулярн\\p{L}*'),
  video: W('видео\\s*(?:конференц|связ)\\p{L}*|видеоконференц\\p{L}*|онлайн|в режиме видео\\p{L}*|дистанционн\\p{L}*'),
  phone: W('телефонн\\p{L}*\\s+разговор\\p{L}*|по\\s+телефону'),
  inPerson: W('визит\\p{L}*|посети\\p{L}*|прибыл\\p{L}*|очн\\p{L}*'),
  planned: W('проведут|пройдут|пройд[её]т|состоятся|состоится|запланирован\\p{L}*|планиру\\p{L}*|ожида\\p{L}*ся|намечен\\p{L}*|будут\\s+проведены|будет\\s+проведен\\p{L}*|предстоящ\\p{L}*'),
  vagueTime: W('недавно|на днях'),
  relativeDays: days([['сегодня', 0], ['вчера', -1], ['позавчера', -2], ['завтра', 1], ['послезавтра', 2]]),
  weekdayPast: W('в|во|прошл\\p{L}*'),
  weekdayNext: W('следующ\\p{L}*|предстоящ\\p{L}*'),
  sideWords: W('сторон\\p{L}*|делегаци\\p{L}*'),
  fillers: 'г-н|г-жа|господин|госпожа|МИД|России|РФ',
  honorifics: W('^(?:г-н|г-жа|господин|госпожа)\\s+'),
  and: W('и|а'),
  titles: [
    T('(?:его|её|ее)\\s+коллег\\p{L}*', COUNTERPART, OTHER),
    T('статс-секретар\\p{L}*\\s*[–—-]\\s*заместител\\p{L}*\\s+министра(?:\\s+иностранных\\s+дел)?', `State Secretary – ${DM}`, DEPUTY_MINISTER),
    T('перв\\p{L}*\\s+заместител\\p{L}*\\s+министра\\s+иностранных\\s+дел', `First ${DM}`, DEPUTY_MINISTER),
    T('заместител\\p{L}*\\s+министр\\p{L}*\\s+иностранных\\s+дел|замминистра\\s+иностранных\\s+дел|замглавы\\s+МИД\\p{L}*|заместител\\p{L}*\\s+главы\\s+МИД\\p{L}*', DM, DEPUTY_MINISTER),
    T('заместител\\p{L}*\\s+председател\\p{L}*\\s+кабинета\\s+министров,?\\s+министр\\p{L}*\\s+иностранных\\s+дел', `Deputy Chairman of the Cabinet of Ministers, ${MIN}`, MINISTER),
    T('перв\\p{L}*\\s+заместител\\p{L}*\\s+министра', 'First Deputy Minister', DEPUTY_MINISTER),
    T('заместител\\p{L}*\\s+министра|замминистра', 'Deputy Minister', DEPUTY_MINISTER),
    T('вице-?министр\\p{L}*(?:\\s+иностранных\\s+дел)?', 'Vice Minister of Foreign Affairs', DEPUTY_MINISTER),
    T('генеральн\\p{L}*\\s+директор\\p{L}*', 'Director-General', DIRECTOR_GENERAL),
    T('директор\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}департамент\\p{L}*|начальник\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}управлени\\p{L}*', 'Director', HEAD_OF_DEPARTMENT),
    T('помощник\\p{L}*\\s+министра', 'Assistant Minister', DIRECTOR_GENERAL),
    T('статс-секретар\\p{L}*|государственн\\p{L}*\\s+секретар\\p{L}*', 'State Secretary', STATE_SECRETARY),
    T('политическ\\p{L}*\\s+директор\\p{L}*', 'Political Director', DIRECTOR_GENERAL),
    T('посл\\p{L}*\\s+по\\s+особым\\s+поручениям', 'Ambassador-at-Large', AMBASSADOR),
    T('посол|посла|послом|послу', 'Ambassador', AMBASSADOR),
    T('министр\\p{L}*\\s+иностранных\\s+дел|глав\\p{L}*\\s+МИД\\p{L}*', MIN, MINISTER),
    T('спецпредставител\\p{L}*|специальн\\p{L}*\\s+представител\\p{L}*', 'Special Representative', OTHER),
  ],
  cityEndings: ['', 'е', 'и', 'у', 'ом', 'ой', 'ы', 'а'],
  ordinals: {
    locale: 'ru-RU',
    inflect: (w) => {
      const m = /^(.*?)(ый|ой|ий)$/.exec(w);
      if (!m) return [w];
      const soft = m[2] === 'ий' && !/[кгх]$/.test(m[1]);
      const stem = m[1];
      return soft
        ? [w, `${stem}ьего`, `${stem}ьем`, `${stem}ья`, `${stem}ью`, `${stem}ьей`, `${stem}его`, `${stem}ем`, `${stem}яя`, `${stem}юю`, `${stem}ей`]
        : [w, `${stem}ого`, `${stem}ом`, `${stem}ому`, `${stem}ая`, `${stem}ую`, `${stem}ой`, `${stem}ые`, `${stem}ых`];
    },
    digits: /^(\d{1,3})-?(?:й|ый|ий|ой|го|ого|м|ом|я|ая|ю|ую)$/i,
  },
  topics: {
    'trade and economic cooperation': 'торгов|экономическ',
    energy: 'энергет',
    'transport and connectivity': 'транспорт|коридор',
    'culture and education': 'культур|образован',
    'regional and international security': 'безопасност',
    'humanitarian cooperation': 'гуманитарн',
    climate: 'климат',
    'international organisations': 'международных организац',
    'post-conflict reconstruction': 'восстановлен|разминирован',
    tourism: 'туризм',
    investment: 'инвестиц',
  },
  nominative: (word, position, title) => cyrillicNominative(word, position, cyrillicTitleCase(title)),
};
