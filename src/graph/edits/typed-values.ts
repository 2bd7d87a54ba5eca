import neo4j from 'neo4j-driver';

/**
 * A stored property as JSON that keeps its Neo4j type, so an undo writes back exactly what was
 * there: an INTEGER stays an integer (the driver would send a JS number as a FLOAT), a
 * datetime stays a datetime. `type` is Neo4j's own valueType() without "NOT NULL".
 */
export interface TypedValue {
  type: string;
  value: unknown;
}

const TEMPORAL = new Set(['ZONED DATETIME', 'DATE', 'LOCAL DATETIME']);

/** valueType() as our snapshots keep it: "LIST<INTEGER NOT NULL> NOT NULL" → "LIST<INTEGER>". */
export function plainType(valueType: string): string {
  return valueType.replace(/ NOT NULL/g, '');
}

/** A property read with valueType(); throws on a type our graph never stores (nothing is then written). */
export function encodeValue(valueType: string, value: unknown): TypedValue {
  const type = plainType(valueType);
  const list = /^LIST<(.+)>$/.exec(type);
  const scalar = list ? list[1] : type;
  if (!['INTEGER', 'FLOAT', 'STRING', 'BOOLEAN', 'NOTHING', ...TEMPORAL].includes(scalar)) {
    throw new Error(`snapshot: property type ${type} cannot be kept for an undo`);
  }
  const plain = (v: unknown) => (TEMPORAL.has(scalar) ? { ...(v as object) } : v);
  return { type, value: list ? (value as unknown[]).map(plain) : plain(value) };
}

/** The driver value that writes `typed` back with its type. */
export function decodeValue({ type, value }: TypedValue): unknown {
  const list = /^LIST<(.+)>$/.exec(type);
  const scalar = list ? list[1] : type;
  const one = (v: unknown): unknown => {
    switch (scalar) {
      case 'INTEGER':
        return neo4j.int(v as number);
      case 'ZONED DATETIME': {
        const t = v as Record<string, number | string | undefined>;
        return new neo4j.types.DateTime(
          t.year as number, t.month as number, t.day as number, t.hour as number, t.minute as number, t.second as number,
          t.nanosecond as number, (t.timeZoneOffsetSeconds as number | undefined) ?? undefined, (t.timeZoneId as string | undefined) ?? undefined,
        );
      }
      case 'LOCAL DATETIME': {
        const t = v as Record<string, number>;
        return new neo4j.types.LocalDateTime(t.year, t.month, t.day, t.hour, t.minute, t.second, t.nanosecond);
      }
      case 'DATE': {
        const t = v as Record<string, number>;
        return new neo4j.types.Date(t.year, t.month, t.day);
      }
      default:
        return v;
    }
  };
  return list ? (value as unknown[]).map(one) : one(value);
}
