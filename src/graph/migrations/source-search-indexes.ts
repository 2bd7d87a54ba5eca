/**
 * Migration 4 as it was applied: the full-text index of each search analyzer and the search label of
 * every source stored before it. Written out, not generated from the analyzer table, so the released
 * step keeps its text and checksum (a unit test keeps it in step with source-search.ts's table; a new
 * analyzer needs a migration of its own).
 */
export const SOURCE_SEARCH_INDEXES: readonly string[] = [
  "CREATE FULLTEXT INDEX source_text_arabic IF NOT EXISTS FOR (n:SourceTextArabic) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
  "CREATE FULLTEXT INDEX source_text_armenian IF NOT EXISTS FOR (n:SourceTextArmenian) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'armenian'}}",
  "CREATE FULLTEXT INDEX source_text_bulgarian IF NOT EXISTS FOR (n:SourceTextBulgarian) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'bulgarian'}}",
  "CREATE FULLTEXT INDEX source_text_cjk IF NOT EXISTS FOR (n:SourceTextCjk) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
  "CREATE FULLTEXT INDEX source_text_czech IF NOT EXISTS FOR (n:SourceTextCzech) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'czech'}}",
  "CREATE FULLTEXT INDEX source_text_dutch IF NOT EXISTS FOR (n:SourceTextDutch) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}}",
  "CREATE FULLTEXT INDEX source_text_english IF NOT EXISTS FOR (n:SourceTextEnglish) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}",
  "CREATE FULLTEXT INDEX source_text_french IF NOT EXISTS FOR (n:SourceTextFrench) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'french'}}",
  "CREATE FULLTEXT INDEX source_text_german IF NOT EXISTS FOR (n:SourceTextGerman) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'german'}}",
  "CREATE FULLTEXT INDEX source_text_greek IF NOT EXISTS FOR (n:SourceTextGreek) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'greek'}}",
  "CREATE FULLTEXT INDEX source_text_hindi IF NOT EXISTS FOR (n:SourceTextHindi) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'hindi'}}",
  "CREATE FULLTEXT INDEX source_text_hungarian IF NOT EXISTS FOR (n:SourceTextHungarian) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'hungarian'}}",
  "CREATE FULLTEXT INDEX source_text_indonesian IF NOT EXISTS FOR (n:SourceTextIndonesian) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'indonesian'}}",
  "CREATE FULLTEXT INDEX source_text_italian IF NOT EXISTS FOR (n:SourceTextItalian) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'italian'}}",
  "CREATE FULLTEXT INDEX source_text_latvian IF NOT EXISTS FOR (n:SourceTextLatvian) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'latvian'}}",
  "CREATE FULLTEXT INDEX source_text_lithuanian IF NOT EXISTS FOR (n:SourceTextLithuanian) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'lithuanian'}}",
  "CREATE FULLTEXT INDEX source_text_persian IF NOT EXISTS FOR (n:SourceTextPersian) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'persian'}}",
  "CREATE FULLTEXT INDEX source_text_portuguese IF NOT EXISTS FOR (n:SourceTextPortuguese) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'portuguese'}}",
  "CREATE FULLTEXT INDEX source_text_romanian IF NOT EXISTS FOR (n:SourceTextRomanian) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'romanian'}}",
  "CREATE FULLTEXT INDEX source_text_russian IF NOT EXISTS FOR (n:SourceTextRussian) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'russian'}}",
  "CREATE FULLTEXT INDEX source_text_spanish IF NOT EXISTS FOR (n:SourceTextSpanish) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'spanish'}}",
  "CREATE FULLTEXT INDEX source_text_swedish IF NOT EXISTS FOR (n:SourceTextSwedish) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'swedish'}}",
  "CREATE FULLTEXT INDEX source_text_thai IF NOT EXISTS FOR (n:SourceTextThai) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'thai'}}",
  "CREATE FULLTEXT INDEX source_text_turkish IF NOT EXISTS FOR (n:SourceTextTurkish) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'turkish'}}",
  "CREATE FULLTEXT INDEX source_text_other IF NOT EXISTS FOR (n:SourceTextOther) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
  "MATCH (s:Source) CALL (s) { SET s:$(coalesce({`ar`: 'SourceTextArabic', `hy`: 'SourceTextArmenian', `bg`: 'SourceTextBulgarian', `zh`: 'SourceTextCjk', `ja`: 'SourceTextCjk', `ko`: 'SourceTextCjk', `cs`: 'SourceTextCzech', `nl`: 'SourceTextDutch', `en`: 'SourceTextEnglish', `fr`: 'SourceTextFrench', `de`: 'SourceTextGerman', `el`: 'SourceTextGreek', `hi`: 'SourceTextHindi', `hu`: 'SourceTextHungarian', `id`: 'SourceTextIndonesian', `ms`: 'SourceTextIndonesian', `it`: 'SourceTextItalian', `lv`: 'SourceTextLatvian', `lt`: 'SourceTextLithuanian', `fa`: 'SourceTextPersian', `pt`: 'SourceTextPortuguese', `ro`: 'SourceTextRomanian', `ru`: 'SourceTextRussian', `es`: 'SourceTextSpanish', `sv`: 'SourceTextSwedish', `th`: 'SourceTextThai', `tr`: 'SourceTextTurkish'}[toLower(split(coalesce(s.language, ''), '-')[0])], 'SourceTextOther')) } IN TRANSACTIONS OF 10000 ROWS",
];
