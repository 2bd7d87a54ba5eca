/**
 * The small world the model-based test draws from: a few people with the spellings sources use
 * for them, a few sources, and the facts a report may state. Small on purpose, so random
 * sequences keep hitting the same events, people and sources.
 */
export interface Person {
  key: string;
  /** ISO code of the person's side. */
  country: string;
  /** Spellings a record may give as the participant's `name` (Latin script). */
  names: string[];
  /** Further spellings sources print (other scripts, word orders), given as `nameAsWritten`. */
  written: string[];
}

export const PEOPLE: Person[] = [
  { key: 'khalafov', country: 'AZ', names: ['Khalaf Khalafov', 'KHALAF KHALAFOV', 'Khalafov, Khalaf'], written: ['Халаф Халафов', 'Xələf Xələfov'] },
  { key: 'elnur', country: 'AZ', names: ['Elnur Mammadov', 'Elnur Məmmədov'], written: ['Mammadov Elnur', 'Эльнур Мамедов'] },
  // Same family name as Elnur, another person: the two must stay apart, in any script and word order.
  { key: 'elmar', country: 'AZ', names: ['Elmar Mammadov'], written: ['Elmar Məmmədov', 'Мамедов Эльмар'] },
  { key: 'darsalia', country: 'GE', names: ['Lasha Darsalia', 'LASHA DARSALIA', 'Darsalia, Lasha'], written: ['ლაშა დარსალია', 'Лаша Дарсалия'] },
  { key: 'janjalia', country: 'GE', names: ['Teimuraz Janjalia', 'Teimuraz Jandjalia'], written: ['Janjalia Teimuraz', 'Теймураз Джанджалия'] },
  { key: 'peeters', country: 'BE', names: ['Jan Peeters', 'JAN PEETERS', 'Peeters, Jan'], written: [] },
];

/** Country pairs as callers write them (codes, English, German names); the resolved codes beside. */
export const PAIRS: Array<{ written: [string, string]; codes: [string, string] }> = [
  { written: ['AZ', 'GE'], codes: ['AZ', 'GE'] },
  { written: ['Georgia', 'Azerbaijan'], codes: ['GE', 'AZ'] },
  { written: ['AZ', 'Belgien'], codes: ['AZ', 'BE'] },
];

export const SOURCES = ['src-a', 'src-b', 'src-c', 'src-d'].map((id) => ({ id, language: 'en', title: `Report ${id} written for the model test` }));

export const DATES = [null, '2022', '2022-06', '2022-06-14', '2022-06-15', '2021-03', '2021-03-02'];
export const CITIES = [null, 'Baku', 'Tbilisi'];
export const FORMATS = [null, 'IN_PERSON', 'VIDEO_CONFERENCE'];
export const STATUSES = ['HELD', 'HELD', 'PLANNED'];
export const TITLES = [null, 'Deputy Minister of Foreign Affairs', 'Vice-Minister'];
export const RANKS = [null, 'DEPUTY_MINISTER', 'MINISTER', 'OTHER'];
export const FACTS = [[], ['date'], ['round', 'participants']];
export const KIND = 'POLITICAL_CONSULTATIONS';
