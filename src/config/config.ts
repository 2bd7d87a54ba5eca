import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting the service reads from its environment. `.env.example` documents each one;
 * `loadConfig` refuses to start with a message naming the variable that is wrong.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const size = z.string().regex(/^\d+[kmg]$/i, 'expected a size such as 512m or 2g');

const port = z.coerce.number().int().min(0).max(65535);

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(4000),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
    EXPOSE_STACK_TRACES: bool.default(false),
    SEED_ON_START: bool.default(true),
    EXPOSE_QUERY_STATS: bool.default(false),

    EDITOR_API_KEY_HASHES: z
      .string()
      .regex(/^(sha256:[0-9a-f]{64})(,sha256:[0-9a-f]{64})*$/, 'expected comma-separated sha256:<64 hex> digests (see `npm run hash-key`)')
      .optional(),
    READER_API_KEY_HASHES: z
      .string()
      .regex(/^(sha256:[0-9a-f]{64})(,sha256:[0-9a-f]{64})*$/, 'expected comma-separated sha256:<64 hex> digests (see `npm run hash-key`)')
      .optional(),
    READS_REQUIRE_KEY: bool.default(false),

    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'expected neo4j://, neo4j+s://, bolt:// or bolt+s:// followed by a host')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.\-]{2,62}$/, 'expected a Neo4j database name').default('neo4j'),
    NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
    NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
    NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    MEETING_PATH_MAX_EXPANSION: z.coerce.number().int().min(1).max(100_000_000).default(200_000),

    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(10),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(1).max(100_000_000).default(250_000),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
    GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(10),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(10).max(1_000_000).default(2_000),
    GRAPHQL_MAX_BODY_BYTES: z.coerce.number().int().min(1_000).max(50_000_000).default(1_000_000),
    GRAPHQL_MAX_BATCH: z.coerce.number().int().min(1).max(100).default(1),
    GRAPHQL_INTROSPECTION: bool.default(true),
    CORS_ORIGINS: z.string().default(''),

    EXTRACT_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
    EXTRACT_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
    EXTRACT_MAX_QUEUE: z.coerce.number().int().min(0).max(10_000).default(16),

    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(30_000).default(30_000),
    HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(10_000).default(10_000),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    HTTP_MAX_REQUESTS_PER_SOCKET: z.coerce.number().int().min(0).max(100_000).default(1_000),
    HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100_000).default(1_000),

    NEO4J_EMBEDDED_PORT: port.default(7687),
    NEO4J_EMBEDDED_DATA_DIR: z.string().min(1).default('data/neo4j'),
    NEO4J_EMBEDDED_HEAP: size.default('1g'),
    NEO4J_EMBEDDED_PAGECACHE: size.default('512m'),
    NEO4J_EMBEDDED_STARTUP_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(1_800_000).default(180_000),
    NEO4J_EMBEDDED_MAX_RESTARTS: z.coerce.number().int().min(0).max(100).default(5),
  });

export type Environment = z.infer<typeof environmentSchema>;

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface EmbeddedNeo4jSettings {
  port: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  startupTimeoutMs: number;
  /** Failed restarts in a row after an exit before the service gives up and exits non-zero. */
  maxRestarts: number;
}

export interface Config {
  env: Environment['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Environment['LOG_LEVEL'];
  /** JSON lines (the default in production) or pretty lines (elsewhere). */
  logFormat: 'json' | 'pretty';
  /** Stack traces of internal errors in responses: an explicit opt-in, for debugging only. */
  exposeStackTraces: boolean;
  http: HttpLimits;
  /** extractConsultation's worker threads (src/extraction/extraction-pool.ts). */
  extraction: { workers: number; timeoutMs: number; maxQueue: number };
  seedOnStart: boolean;
  /** Each GraphQL response reports its Cypher round trips in `extensions.cypherQueries`. */
  exposeQueryStats: boolean;
  /** Set when the user points at their own server; otherwise the project starts an embedded one. */
  neo4j: Neo4jConnection | undefined;
  /** SHA-256 digests of the API keys; the keys themselves are never configured or stored. */
  access: { editorKeyHashes: string[]; readerKeyHashes: string[]; readsRequireKey: boolean };
  embedded: EmbeddedNeo4jSettings;
  /** maxMeetingExpansion: participations one meeting path search may expand before QUERY_LIMIT (src/graph/officials/meeting-search.ts). */
  pool: { maxSize: number; connectTimeoutMs: number; txTimeoutMs: number; maxMeetingExpansion: number };
  limits: QueryLimits;
  /** Browser origins allowed to call the API cross-site (CORS); empty: same origin only. */
  corsOrigins: string[];
}

/** How long and how many: bounds on every HTTP connection (src/server/http-server.ts). */
export interface HttpLimits {
  /** The whole request, body included, must arrive within this (slow bodies are cut off). */
  requestTimeoutMs: number;
  /** The request's headers must arrive within this. */
  headersTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Requests served over one kept-alive connection before it is closed (0: no bound). */
  maxRequestsPerSocket: number;
  /** Connections open at once; more are refused by the server. */
  maxConnections: number;
}

/** What a request may ask before anything runs (see src/server/query-limits.ts and docs/security.md). */
export interface QueryLimits {
  maxDepth: number;
  /** Each field costs 1, times the page size (or an assumed list length) of every list above it. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxBodyBytes: number;
  /** Operations per HTTP request; 1 turns batching off. */
  maxBatch: number;
  introspection: boolean;
  /** "Did you mean …?" hints in validation errors: off in production, where they map the schema for an attacker. */
  fieldSuggestions: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The project's root folder (where package.json is), whether run from src/ or dist/src/. */
export function projectRoot(): string {
  const here = __dirname;
  const marker = `${path.sep}dist${path.sep}`;
  const index = here.lastIndexOf(marker);
  return index >= 0 ? here.slice(0, index) : path.resolve(here, '..', '..');
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "not set", as they do in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const given = present[name];
        const shown = given === undefined || /PASSWORD/.test(name) ? '' : ` (got "${given}")`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty'),
    exposeStackTraces: env.EXPOSE_STACK_TRACES,
    extraction: { workers: env.EXTRACT_WORKERS, timeoutMs: env.EXTRACT_TIMEOUT_MS, maxQueue: env.EXTRACT_MAX_QUEUE },
    http: {
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
      keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      maxRequestsPerSocket: env.HTTP_MAX_REQUESTS_PER_SOCKET,
      maxConnections: env.HTTP_MAX_CONNECTIONS,
    },
    seedOnStart: env.SEED_ON_START,
    exposeQueryStats: env.EXPOSE_QUERY_STATS,
    neo4j:
      env.NEO4J_URI === undefined
        ? undefined
        : { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE },
    access: {
      editorKeyHashes: env.EDITOR_API_KEY_HASHES?.split(',') ?? [],
      readerKeyHashes: env.READER_API_KEY_HASHES?.split(',') ?? [],
      readsRequireKey: env.READS_REQUIRE_KEY,
    },
    embedded: {
      port: env.NEO4J_EMBEDDED_PORT,
      dataDir: path.resolve(projectRoot(), env.NEO4J_EMBEDDED_DATA_DIR),
      heap: env.NEO4J_EMBEDDED_HEAP,
      pageCache: env.NEO4J_EMBEDDED_PAGECACHE,
      startupTimeoutMs: env.NEO4J_EMBEDDED_STARTUP_TIMEOUT_MS,
      maxRestarts: env.NEO4J_EMBEDDED_MAX_RESTARTS,
    },
    pool: {
      maxSize: env.NEO4J_MAX_POOL_SIZE,
      connectTimeoutMs: env.NEO4J_CONNECT_TIMEOUT_MS,
      txTimeoutMs: env.NEO4J_TX_TIMEOUT_MS,
      maxMeetingExpansion: env.MEETING_PATH_MAX_EXPANSION,
    },
    limits: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxCost: env.GRAPHQL_MAX_COST,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxBodyBytes: env.GRAPHQL_MAX_BODY_BYTES,
      maxBatch: env.GRAPHQL_MAX_BATCH,
      introspection: env.GRAPHQL_INTROSPECTION,
      fieldSuggestions: env.NODE_ENV !== 'production',
    },
    corsOrigins: env.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
  };
}
