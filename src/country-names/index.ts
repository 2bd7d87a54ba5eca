export { resolveCountry, resolveCountries, countryName, allCountryCodes } from './resolve-country';
export type { CountryMatch } from './resolve-country';
export { findCountriesInText, findCountryMentions } from './find-in-text';
export type { CountryMention } from './find-in-text';
