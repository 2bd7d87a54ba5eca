import { AMBASSADOR, days, DEPUTY_MINISTER, DIRECTOR_GENERAL, DM, HEAD_OF_DEPARTMENT, LanguageProfile, MIN, MINISTER, STATE_SECRETARY, T, W } from './profile';
import { polishNominative, polishTitleCase } from './slavic';

export const pl: LanguageProfile = {
  code: 'pl',
  spaced: true,
  cased: true,
  consultations: W('konsultacj\\p{L}*|dialog\\p{L}*\\s+strategiczn\\p{L}*'),
  otherEvents: W('komisj\\p{L}*|komitet\\p{L}*|szczyt\\p{L}*|forum|konferencj\\p{L}*'),
  roundWords: W('rund\\p{L}*|posiedzeni\\p{L}*|spotkani\\p{L}*|tur\\p{L}*'),
  nextWords: W('kolejn\\p{L}*|następn\\p{L}*|now\\p{L}*'),
  video: W('wideokonferencj\\p{L}*|w\\s+formule\\s+wideo|online|zdaln\\p{L}*'),
  phone: W('rozmow\\p{L}*\\s+telefoniczn\\p{L}*|telefoniczn\\p{L}*'),
  inPerson: W('wizyt\\p{L}*|przebywając\\p{L}*|odwiedzi\\p{L}*'),
  planned: W('odbęd[ąz]ie?\\s+się|odbędą\\s+się|zaplanowan\\p{L}*|planowan\\p{L}*|przeprowadz[ąi]\\s+|będzie\\s+przewodniczy\\p{L}*'),
  vagueTime: W('niedawno|w ostatnich dniach'),
  relativeDays: days([['dzisiaj|dziś', 0], ['wczoraj', -1], ['przedwczoraj', -2], ['jutro', 1]]),
  weekdayPast: W('w|we|ubieg\\p{L}*|zeszł\\p{L}*'),
  weekdayNext: W('przyszł\\p{L}*|najbliższ\\p{L}*'),
  sideWords: W('stron\\p{L}*|delegacj\\p{L}*'),
  fillers: 'ds\\.|MSZ|pan|pani|ks\\.|prałat\\p{L}*|abp|kard\\.',
  honorifics: W('^(?:pan|pani|ks\\.|prałat\\p{L}*|abp\\.?|kard\\.)\\s+'),
  and: W('i|oraz|a'),
  titles: [
    T('wiceminist\\p{L}*\\s+spraw\\s+zagranicznych|podsekretarz\\p{L}*\\s+stanu\\s+w\\s+MSZ', DM, DEPUTY_MINISTER),
    T('wiceminist\\p{L}*|wiceszef\\p{L}*\\s+MSZ|wiceszef\\p{L}*\\s+(?:polskiej\\s+)?dyplomacji', 'Deputy Minister', DEPUTY_MINISTER),
    T('podsekretarz\\p{L}*\\s+stanu', 'Undersecretary of State', DEPUTY_MINISTER),
    T('podsekretarz\\p{L}*', 'Under-Secretary', DEPUTY_MINISTER),
    T('sekretarz\\p{L}*\\s+stanu', 'Secretary of State', STATE_SECRETARY),
    T('dyrektor\\p{L}*\\s+generaln\\p{L}*', 'Director-General', DIRECTOR_GENERAL),
    T('dyrektor\\p{L}*\\s+polityczn\\p{L}*', 'Political Director', DIRECTOR_GENERAL),
    T('dyrektor\\p{L}*\\s+departamentu', 'Director of Department', HEAD_OF_DEPARTMENT),
    T('ambasador\\p{L}*', 'Ambassador', AMBASSADOR),
    T('minist\\p{L}*\\s+spraw\\s+zagranicznych|szef\\p{L}*\\s+MSZ|minister(?=\\s+\\p{Lu})', MIN, MINISTER),
  ],
  cityEndings: ['', 'ie', 'u', 'a', 'em'],
  ordinals: {
    locale: 'pl-PL',
    inflect: (w) => {
      const m = /^(.*?)(y|i)$/.exec(w);
      if (!m) return [w];
      const s = m[1] + (m[2] === 'i' ? 'i' : '');
      return [w, `${s}a`, `${s}ej`, `${s}ego`, `${s}ym`, `${s}ą`, `${s}e`, `${s}emu`];
    },
    digits: /^(\d{1,3})\.$/,
  },
  topics: { 'trade and economic cooperation': 'handl|gospodar', 'regional and international security': 'bezpiecze', 'international organisations': 'organizacji międzynarodowych' },
  nominative: (word, _position, title) => polishNominative(word, polishTitleCase(title)),
};
