/**
 * Names a state goes by in diplomacy that CLDR and i18n-iso-countries do not list: the Holy See,
 * which ministries and the press name rather than "Vatican City" when it is the party to talks.
 * Vocabulary per language (dictionary forms; case endings are tried by inflection.ts).
 */
export const DIPLOMATIC_NAMES: Record<string, string[]> = {
  VA: [
    'Holy See',
    'Heiliger Stuhl',
    'Heiligen Stuhl',
    'Apostolischer Stuhl',
    'Saint-Siège',
    'Santa Sede',
    'Santa Sé',
    'Stolica Apostolska',
    'Svatý stolec',
    'Apoštolský stolec',
    'Святой Престол',
    'Святейший Престол',
    'Святий Престол',
    'Апостольська Столиця',
    'Святы Пасад',
    'Света столица',
    'Sveta stolica',
    'Tòa Thánh',
    'Muqəddəs Taxt-Tac',
    'Vatikan Devleti',
    'الكرسي الرسولي',
    'الكرسي البابوي',
    'Սուրբ Աթոռ',
  ],
};
