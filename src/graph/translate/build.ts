import { cypher, CypherText, Fragment, join, NOTHING, propertyText } from './cypher-text';
import { selectionAt } from './selection';
import { Binding, FieldContext, FieldTranslation } from './scope';

/**
 * The few shapes every allow-listed field takes. Labels, relationship types and property names
 * appear only in the strings of the model modules beside these (identifiers.ts says why that is
 * safe and checks them); request values only as parameters.
 */

/** A property of the value's `node` (or of another role of its binding), with a default for a missing one. */
export function property(name: string, options: { role?: string; otherwise?: CypherText } = {}): FieldTranslation {
  return ({ binding }) => {
    const read = cypher`${binding[options.role ?? 'node']}.${propertyText(name)}`;
    return options.otherwise === undefined ? read : cypher`coalesce(${read}, ${options.otherwise})`;
  };
}

/** Any Cypher expression over the binding (constants and the binding's variables only). */
export function expression(of: (binding: Binding) => CypherText): FieldTranslation {
  return ({ binding }) => of(binding);
}

/** An object read from the same variables (no relationship to follow): Round, LevelParity, … */
export function embedded(typeName: string, bind: (binding: Binding) => Binding = (b) => b): FieldTranslation {
  return ({ binding, field, project }) => project(typeName, bind(binding), field.selections);
}

/** A list of values of a scalar-free type read from a Cypher list expression, one per element. */
export function eachOf(typeName: string, list: (binding: Binding) => CypherText, role: string): FieldTranslation {
  return (ctx) => {
    const item = ctx.scope.variable();
    return cypher`[${item} IN ${list(ctx.binding)} | ${ctx.project(typeName, { ...ctx.binding, [role]: item }, ctx.field.selections)}]`;
  };
}

export interface Related {
  typeName: string;
  /** The roles the MATCH binds, each to a fresh variable. */
  roles: readonly string[];
  /** `MATCH …` (and `WHERE …`) from the parent's binding to the new roles' variables. */
  match: (parent: Binding, own: Binding, ctx: FieldContext) => CypherText;
  /** ORDER BY terms over the new variables (a total order: ties broken by id). */
  order?: (own: Binding) => CypherText;
  /** SKIP/LIMIT parameters, from the field's arguments. */
  page?: (ctx: FieldContext) => { skip: CypherText; limit: CypherText } | null;
  /** The related value is one (null when none), not a list. */
  one?: boolean;
  /** Rows of the MATCH repeat a value (several paths to it): keep each once. */
  distinct?: boolean;
  /** The binding the related type reads (default: the roles' variables themselves). */
  bind?: (own: Binding) => Binding;
}

/**
 * Related values as a COLLECT subquery: its own MATCH, ORDER BY and page inside, so each parent's
 * list is sorted and cut where it is read, and the row comes back shaped like the response.
 */
export function related(spec: Related): FieldTranslation {
  return (ctx) => {
    const own: Binding = Object.fromEntries(spec.roles.map((role) => [role, ctx.scope.variable()]));
    const carried = join(Object.values(own), ', ');
    const page = spec.page?.(ctx) ?? null;
    const lines: Fragment[] = [spec.match(ctx.binding, own, ctx)];
    const order = spec.order ? cypher` ORDER BY ${spec.order(own)}` : NOTHING;
    const distinct = spec.distinct ? cypher`DISTINCT ` : NOTHING;
    if (spec.one) lines.push(cypher`WITH ${distinct}${carried}${order} LIMIT 1`);
    else if (spec.order || page || spec.distinct) lines.push(cypher`WITH ${distinct}${carried}${order}${page ? cypher` SKIP ${page.skip} LIMIT ${page.limit}` : NOTHING}`);
    lines.push(cypher`RETURN ${ctx.project(spec.typeName, spec.bind ? spec.bind(own) : own, ctx.field.selections)}`);
    const collect = cypher`COLLECT { ${join(lines, ' ')} }`;
    return spec.one ? cypher`${collect}[0]` : collect;
  };
}

/**
 * The connection sibling of a paged list field (`counterpartsConnection` beside `counterparts`):
 * the list's own translation, projected with what the request selects below `edges.node`, one
 * item past the page. The row holds that list; the field's resolver cuts it to the page, tells
 * hasNextPage from the extra item and hands out the offset cursors (src/domain/offset-cursor.ts).
 */
export function connectionOf(list: FieldTranslation): FieldTranslation {
  return (ctx) => list({ ...ctx, field: { ...ctx.field, selections: selectionAt(ctx.field.selections, 'edges', 'node') }, onePast: true });
}
