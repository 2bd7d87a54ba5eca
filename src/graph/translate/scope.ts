import { CypherText, Fragment, Parameter, Variable } from './cypher-text';
import { parameterRef, variableName } from './identifiers';
import { SelectedField } from './selection';

/**
 * The state of one translation: fresh Cypher variable names (`this0`, `this1`, …), the
 * parameters every request value becomes, and the argument problems found on the way (all
 * reported at once). Nothing of the request text is ever written into the Cypher itself.
 */
export class TranslateScope {
  readonly params: Record<string, unknown> = {};
  readonly problems: Array<{ field: string; message: string }> = [];
  private variables = 0;
  private parameters = 0;

  variable(): Variable {
    return variableName(`this${this.variables++}`);
  }

  /** `value` as a fresh parameter; returns its reference (`$param0`). */
  param(value: unknown): Parameter {
    const name = `param${this.parameters++}`;
    this.params[name] = value;
    return parameterRef(name);
  }

  problem(field: string, message: string): void {
    this.problems.push({ field, message });
  }
}

/** Which Cypher variables, parameters (or expressions over them) a GraphQL type's value is read from. */
export type Binding = Readonly<Record<string, Fragment>>;

/** What a field's translation receives: where its parent's value lives, and how to project below it. */
export interface FieldContext {
  readonly binding: Binding;
  readonly field: SelectedField;
  readonly scope: TranslateScope;
  /** The response path of the field, for argument problems ("official.counterparts.country"). */
  readonly path: string;
  /**
   * Read one item past the page: the field is a connection, whose resolver tells hasNextPage
   * from it and hands out the cursors (see connectionOf).
   */
  readonly onePast?: boolean;
  /** The Cypher map of `typeName` read from `binding` with these selections. */
  project(typeName: string, binding: Binding, selections: readonly SelectedField[]): CypherText;
}

/** One field of the allow-list: its Cypher expression, built only from constants, variables and parameters. */
export type FieldTranslation = (ctx: FieldContext) => CypherText;

export type TypeTranslation = Readonly<Record<string, FieldTranslation>>;
