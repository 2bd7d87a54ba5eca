import { z } from 'zod';

/**
 * Facts about a country pair outside any consultation, each backed by a source already in the
 * graph: the second and third kinds of import/export line (`recordType`).
 */
const countryPair = z.tuple([z.string().regex(/^[A-Z]{2}$/), z.string().regex(/^[A-Z]{2}$/)]);
const sourceId = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/);

export const diplomaticRelationsRecord = z.object({
  recordType: z.literal('diplomaticRelations'),
  countries: countryPair,
  since: z.number().int().min(1500).max(2200),
  basis: z.string().trim().min(1).max(1000),
  source: sourceId,
});

export const agreementRecord = z.object({
  recordType: z.literal('agreement'),
  countries: countryPair,
  year: z.number().int().min(1500).max(2200),
  name: z.string().trim().min(1).max(500),
  source: sourceId,
});
