import { BadUserInputError } from '../../errors';
import { cypher, CypherText, join, labelText } from './cypher-text';
import { LABELS, NodeType, TRANSLATED_TYPES } from './model';
import { projection } from './project';
import { Binding, TranslateScope } from './scope';
import { SelectedField } from './selection';

/** One Cypher query and its parameters, whose rows (`row`, or `total` and `page`) are shaped like the response. */
export interface Translation {
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** The projection of `typeName` from `binding`, with the scope's parameters. */
export function project(scope: TranslateScope, typeName: string, binding: Binding, selections: readonly SelectedField[], path: string): CypherText {
  return projection(TRANSLATED_TYPES, typeName, binding, selections, scope, path);
}

/** The translation, or every argument problem met on the way in one typed error (nothing runs). */
export function finish(scope: TranslateScope, query: CypherText): Translation {
  if (scope.problems.length > 0) {
    throw new BadUserInputError(scope.problems.map((p) => `${p.field}: ${p.message}`).join('; '), scope.problems);
  }
  return { cypher: query.text, params: scope.params };
}

/** Values of a node type by id, in the order of `ids` (ids without a node give no row); unique-constraint index seeks. */
export function nodesByIds(typeName: NodeType, ids: readonly string[], selections: readonly SelectedField[], path: string): Translation {
  const scope = new TranslateScope();
  const i = scope.variable();
  const node = scope.variable();
  const list = scope.param(ids);
  return finish(
    scope,
    join([
      cypher`UNWIND range(0, size(${list}) - 1) AS ${i} MATCH (${node}:${labelText(LABELS[typeName])} {id: ${list}[${i}]})`,
      cypher`RETURN ${project(scope, typeName, { node }, selections, path)} AS row ORDER BY ${i}`,
    ], ' '),
  );
}

/** One value of a node type by id: no row when there is none. */
export function nodeById(typeName: NodeType, id: string, selections: readonly SelectedField[], path: string): Translation {
  const scope = new TranslateScope();
  const node = scope.variable();
  return finish(scope, cypher`MATCH (${node}:${labelText(LABELS[typeName])} {id: ${scope.param(id)}}) RETURN ${project(scope, typeName, { node }, selections, path)} AS row`);
}

/** Countries by ISO code, in the order given (a country needs no node unless its partners are read). */
export function countriesByCodes(codes: readonly string[], selections: readonly SelectedField[], path: string): Translation {
  const scope = new TranslateScope();
  const i = scope.variable();
  const list = scope.param(codes);
  return finish(scope, cypher`UNWIND range(0, size(${list}) - 1) AS ${i} RETURN ${project(scope, 'Country', { code: cypher`${list}[${i}]` }, selections, path)} AS row ORDER BY ${i}`);
}

/** The steps of a meeting route (each the ids of two officials who met), in route order. */
export function meetingSteps(steps: ReadonlyArray<{ from: string; to: string }>, selections: readonly SelectedField[], path: string): Translation {
  const scope = new TranslateScope();
  const i = scope.variable();
  const list = scope.param(steps.map((s) => ({ from: s.from, to: s.to })));
  return finish(scope, cypher`UNWIND range(0, size(${list}) - 1) AS ${i} RETURN ${project(scope, 'MeetingStep', { step: cypher`${list}[${i}]` }, selections, path)} AS row ORDER BY ${i}`);
}
