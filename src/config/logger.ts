import pino from 'pino';
import pretty from 'pino-pretty';

/**
 * The service's structured log (pino): one JSON object a line in production, for a log
 * collector; readable lines in development. Every line may carry fields (a request id, an error
 * id, a duration) beside its message.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** The same log with `bindings` on every line (e.g. `{ component: 'neo4j' }`). */
  child(bindings: LogFields): Logger;
}

export interface LoggerOptions {
  /** JSON lines (production) rather than pretty ones. */
  json?: boolean;
  /** 1 (stdout, the service) or 2 (stderr, command-line tools whose stdout is their output). */
  fd?: 1 | 2;
  /** Where JSON lines go instead of `fd` (tests read them back). */
  destination?: pino.DestinationStream;
}

export function createLogger(level: LogLevel, name = 'consultations', options: LoggerOptions = {}): Logger {
  const fd = options.fd ?? 1;
  const destination = options.destination
    ? options.destination
    : options.json
    ? pino.destination({ fd, sync: true })
    : pretty({ destination: fd, sync: true, colorize: false, translateTime: 'SYS:isoDateTime', ignore: 'pid,hostname' });
  const base = pino(
    {
      name,
      level,
      // err: the full error (type, message, stack, Neo4j code) in the log, never in a response.
      serializers: { err: pino.stdSerializers.err },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  return wrap(base);
}

function wrap(log: pino.Logger): Logger {
  const at = (method: 'debug' | 'info' | 'warn' | 'error') => (message: string, fields?: LogFields) =>
    fields ? log[method](fields, message) : log[method](message);
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (bindings) => wrap(log.child(bindings)),
  };
}

/** A log that writes nothing (library code and tests that are given no log). */
export const silentLogger: Logger = createLogger('silent');
