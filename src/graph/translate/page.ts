import { decodeOffsetCursor, DEFAULT_NESTED_PAGE, MAX_PAGE } from '../../domain/offset-cursor';
import { cypher, CypherText } from './cypher-text';
import { FieldContext } from './scope';

/**
 * A list field's `first`/`after` as SKIP/LIMIT parameters: `after` is an endCursor the API
 * handed out (an offset), `first` the page size, DEFAULT_NESTED_PAGE when omitted, so no list
 * grows with a node's degree. A bad value is an argument problem naming the field. For a
 * connection (`onePast`) the LIMIT takes one more, so the page tells whether another follows.
 */
export function pageArguments(ctx: FieldContext): { skip: CypherText; limit: CypherText } {
  const first = ctx.field.args.first as number | null | undefined;
  const after = ctx.field.args.after as string | null | undefined;
  let limit = first ?? DEFAULT_NESTED_PAGE;
  let skip = 0;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE) {
    ctx.scope.problem(`${ctx.path}.first`, `must be an integer from 0 to ${MAX_PAGE}`);
    limit = 0;
  }
  if (after !== null && after !== undefined) {
    const offset = typeof after === 'string' && after.length <= 100 ? decodeOffsetCursor(after) : null;
    if (offset === null) ctx.scope.problem(`${ctx.path}.after`, 'is not a cursor returned by this API');
    else skip = offset + 1;
  }
  // JS numbers reach Neo4j as floats; SKIP and LIMIT take integers only.
  const offset = ctx.scope.param(skip);
  const size = ctx.scope.param(limit);
  return { skip: cypher`toInteger(${offset})`, limit: ctx.onePast ? cypher`toInteger(${size} + 1)` : cypher`toInteger(${size})` };
}
