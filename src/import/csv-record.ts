import { resolveCountry } from '../country-names';

/**
 * The spreadsheet form of a consultation record: one row per event, heads of delegation in
 * numbered column groups (head_1_name, head_1_country, …), lists separated by "|". Countries may
 * be codes or names in any language. The row becomes a plain record object that the one record
 * schema (src/domain/consultation-record.ts) then validates like every other input.
 */
export const CSV_COLUMNS = [
  'id', 'kind', 'status', 'date', 'city', 'format', 'country_1', 'country_2',
  'round', 'round_stated_as', 'topics',
  'source_id', 'source_title', 'source_url', 'source_publisher', 'source_language', 'source_published_at',
] as const;
const HEAD_COLUMN = /^head_(\d{1,2})_(name|country|title|rank|name_as_written)$/;
const MAX_HEADS = 20;

type Row = Record<string, string>;

export function csvRowToRecord(row: Row): { value: Record<string, unknown> } | { error: string } {
  const unknown = Object.keys(row).filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c) && !HEAD_COLUMN.test(c));
  if (unknown.length > 0) return { error: `unknown column(s): ${unknown.join(', ')} (expected ${CSV_COLUMNS.join(', ')}, head_N_name, …)` };
  const problems: string[] = [];
  const country = (column: string): string | undefined => {
    const text = cell(row, column);
    if (text === undefined) return undefined;
    const match = resolveCountry(text);
    if (!match) problems.push(`${column}: "${text}" is not a country we know`);
    return match?.code ?? text;
  };
  const sourceId = cell(row, 'source_id');
  const roundText = cell(row, 'round');
  const roundNumber = roundText === undefined ? null : /^\d+$/.test(roundText) ? Number(roundText) : NaN;
  if (Number.isNaN(roundNumber)) problems.push(`round: "${roundText}" is not a whole number`);
  const statedAs = cell(row, 'round_stated_as');
  const heads = headNumbers(row).map((n) => {
    const name = cell(row, `head_${n}_name`);
    const written = cell(row, `head_${n}_name_as_written`);
    return {
      name,
      country: country(`head_${n}_country`),
      title: cell(row, `head_${n}_title`),
      rank: cell(row, `head_${n}_rank`)?.toUpperCase(),
      sources: sourceId ? [{ source: sourceId, nameAsWritten: written ? [written] : [] }] : [],
    };
  });
  const countries = [country('country_1'), country('country_2')].filter((c) => c !== undefined);
  if (problems.length > 0) return { error: problems.join('; ') };
  const value = {
    id: cell(row, 'id'),
    kind: cell(row, 'kind')?.toUpperCase() ?? 'POLITICAL_CONSULTATIONS',
    status: cell(row, 'status')?.toUpperCase(),
    date: cell(row, 'date') ?? null,
    city: cell(row, 'city') ?? null,
    format: cell(row, 'format')?.toUpperCase() ?? null,
    countries,
    round: roundNumber !== null || statedAs ? [{ number: roundNumber, statedAs: statedAs ?? String(roundNumber), source: sourceId }] : [],
    participants: heads,
    topics: cell(row, 'topics')?.split('|').map((t) => t.trim()).filter(Boolean) ?? [],
    sources: [
      {
        id: sourceId,
        title: cell(row, 'source_title'),
        url: cell(row, 'source_url') ?? null,
        publisher: cell(row, 'source_publisher') ?? null,
        language: cell(row, 'source_language'),
        publishedAt: cell(row, 'source_published_at') ?? null,
      },
    ],
  };
  return { value: JSON.parse(JSON.stringify(value)) };
}

function headNumbers(row: Row): number[] {
  const numbers = new Set<number>();
  for (const column of Object.keys(row)) {
    const m = HEAD_COLUMN.exec(column);
    if (m && Object.keys(row).some((c) => c.startsWith(`head_${m[1]}_`) && cell(row, c) !== undefined)) numbers.add(Number(m[1]));
  }
  return [...numbers].filter((n) => n >= 1 && n <= MAX_HEADS).sort((a, b) => a - b);
}

/** An empty cell is an absent value. */
function cell(row: Row, column: string): string | undefined {
  const value = row[column]?.trim();
  return value ? value : undefined;
}
