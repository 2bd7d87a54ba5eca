import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { createLogger } from '../../src/config/logger';
import { DatabaseUnavailableError, NotFoundError } from '../../src/errors';
import { createErrorFormatter } from '../../src/server/format-error';

/** The error normaliser: client errors pass with their code, everything else is masked and logged. */
function setup(exposeStackTraces = false) {
  const lines: Array<Record<string, any>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  const log = createLogger('info', 'test', { json: true, destination });
  return { format: createErrorFormatter({ log, exposeStackTraces }), lines };
}

/** As graphql-js hands a resolver's error to Apollo: located, with the thrown error as originalError. */
function fromResolver(thrown: Error): GraphQLError {
  return new GraphQLError(thrown.message, { path: ['consultations'], originalError: thrown, extensions: thrown instanceof GraphQLError ? thrown.extensions : {} });
}

it('keeps a client error\'s code and message and drops any stack trace', () => {
  const { format, lines } = setup(true);
  const error = fromResolver(new NotFoundError('Official', 'xx-nobody'));
  const formatted = format({ ...error.toJSON(), extensions: { ...error.extensions, stacktrace: ['at x (/work/src/a.ts:1:1)'] } }, error);
  expect(formatted.message).toBe('Official "xx-nobody" was not found.');
  expect(formatted.extensions).toEqual({ code: 'NOT_FOUND', what: 'Official', id: 'xx-nobody' });
  expect(lines).toHaveLength(0);
});

it('turns a Neo4j error into INTERNAL_SERVER_ERROR with an errorId, the full error logged under that id', () => {
  const { format, lines } = setup();
  const neo4jText = 'ForsetiClient[transactionId=12] can\'t acquire ExclusiveLock{owner=ForsetiClient[transactionId=9]} on NODE(45425)';
  const error = fromResolver(new Neo4jError(neo4jText, 'Neo.TransientError.Transaction.DeadlockDetected', 'gql', 'desc'));
  const formatted = format({ message: neo4jText, path: ['consultations'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Neo4jError: …'] } }, error);
  const errorId = formatted.extensions?.errorId as string;
  expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
  expect(formatted).toEqual({
    message: `Internal server error (errorId ${errorId}); the details are in the server's log.`,
    path: ['consultations'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
  });
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ level: 'error', msg: 'internal error', errorId, err: { message: neo4jText, code: 'Neo.TransientError.Transaction.DeadlockDetected' } });
  expect(lines[0].err.stack).toMatch(/Neo4jError/);
});

it('masks a foreign error even when it claims a client code', () => {
  const { format } = setup();
  const sneaky = Object.assign(new Error('/work/main/src/graph/graph.ts:12 broke'), { extensions: { code: 'BAD_USER_INPUT' } });
  const error = fromResolver(sneaky);
  const formatted = format({ message: sneaky.message, extensions: { code: 'BAD_USER_INPUT' } }, error);
  expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  expect(JSON.stringify(formatted)).not.toMatch(/graph\.ts|\/work/);
});

it('gives an internal error its stack trace only when EXPOSE_STACK_TRACES opts in', () => {
  const thrown = new TypeError('Cannot read properties of undefined');
  expect(setup(false).format({ message: thrown.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, fromResolver(thrown)).extensions).not.toHaveProperty('stacktrace');
  const exposed = setup(true).format({ message: thrown.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, fromResolver(thrown));
  expect(exposed.extensions?.stacktrace).toEqual(expect.arrayContaining([expect.stringMatching(/TypeError/)]));
});

it('says UNAVAILABLE without the database\'s reason', () => {
  const { format } = setup();
  const error = fromResolver(new DatabaseUnavailableError('ServiceUnavailable: Pool status: active 100'));
  expect(format(error.toJSON(), error)).toEqual({ message: 'The graph database is unavailable; try again shortly.', path: ['consultations'], extensions: { code: 'UNAVAILABLE' } });
});
