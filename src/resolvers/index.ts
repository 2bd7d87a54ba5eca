/** The resolvers stage's public face: the executable schema and the per-request context it expects. */
export { buildApiSchema, RESOLVERS } from './build-schema';
export { printApiSchema } from './print-schema';
export { createRequestContext } from './context';
export type { RequestContext } from './context';
