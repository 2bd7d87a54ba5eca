import { label, mapKey, propertyName } from './identifiers';

/**
 * Cypher text the translate stage built, made so that what it interpolates is provable: the tag
 * `cypher` takes only
 *  - a Variable (TranslateScope.variable(), checked by identifiers.variableName()),
 *  - a Parameter reference (`$param0`, TranslateScope.param(), checked by identifiers.parameterRef()),
 *  - another CypherText (made by this tag, by the checked-identifier helpers below, or from a
 *    source literal by `constant`).
 * Anything else (a plain string, a number, a request value) is a type error, and a throw at run
 * time too, since a cast or an `any` could still smuggle one in. Request values never become
 * text: they are parameters.
 */

declare const BRAND: unique symbol;
/** A Cypher variable the scope issued (`this0`, …). A string at run time, so it still reads as one. */
export type Variable = string & { readonly [BRAND]: 'Variable' };
/** A parameter reference (`$param0`) the scope issued. */
export type Parameter = string & { readonly [BRAND]: 'Parameter' };

const VARIABLE = /^this\d+$/;
const PARAMETER = /^\$[A-Za-z][A-Za-z0-9]*$/;

// Not exported: only this module can make CypherText, so holding one means it came through the checks.
const MINT = Symbol('CypherText');

export class CypherText {
  constructor(token: typeof MINT, readonly text: string) {
    if (token !== MINT) throw new Error('Cypher text is made only by cypher-text.ts');
  }

  toString(): string {
    return this.text;
  }
}

const make = (text: string): CypherText => new CypherText(MINT, text);

export type Fragment = Variable | Parameter | CypherText;

function fragment(value: unknown): string {
  if (value instanceof CypherText) return value.text;
  if (typeof value === 'string' && (VARIABLE.test(value) || PARAMETER.test(value))) return value;
  throw new Error(`not a variable, parameter or Cypher text: ${JSON.stringify(value)}`);
}

/** The tag: literal parts are the source's own text; each interpolation is checked. */
export function cypher(parts: TemplateStringsArray, ...values: readonly Fragment[]): CypherText {
  let text = parts[0];
  values.forEach((value, i) => {
    text += fragment(value) + parts[i + 1];
  });
  return make(text);
}

/** Texts joined by a fixed separator (a literal, so no request text can ride along). */
export function join(items: readonly Fragment[], separator: ', ' | ' ' | '\n' | ' AND ' | ''): CypherText {
  return make(items.map(fragment).join(separator));
}

/**
 * A Cypher fragment written as a literal in the source elsewhere (consultation-filter.queries.ts's
 * anchors and orders, kept beside the filter they serve). Only a literal type is accepted — a
 * `string` computed at run time is a type error — which is the one check here made by the
 * compiler alone: a literal's text cannot be told from a computed one at run time.
 */
export function constant<T extends string>(text: string extends T ? never : T): CypherText {
  return make(text);
}

/** The empty text, for an optional clause left out. */
export const NOTHING: CypherText = make('');

// Identifiers of the model modules, checked by identifiers.ts (which says why writing them in is safe).

/** A node label of the allow-list. */
export const labelText = (name: string): CypherText => make(label(name));
/** A property name, as written after `.`. */
export const propertyText = (name: string): CypherText => make(propertyName(name));
/** A response key as a quoted map key. */
export const mapKeyText = (key: string): CypherText => make(mapKey(key));
