/**
 * The key a consultation's BETWEEN relationship to one of its countries carries: the country's
 * code, a space, the event's sortDate ('0000-00-00' when undated). A range index on it
 * (migration 8) lists each country's events in date order, so a page of a busy country's
 * timeline reads the page's rows instead of sorting every event the country ever had.
 * The writers set it in Cypher (record-consultation.cypher.ts: `k.code + ' ' + c.sortDate`);
 * a test checks the two agree.
 */
export function timelineKey(country: string, sortDate: string): string {
  return `${country} ${sortDate}`;
}
