import { cypher, CypherText, join, mapKeyText } from './cypher-text';
import { Binding, FieldContext, TranslateScope, TypeTranslation } from './scope';
import { SelectedField } from './selection';

/**
 * The Cypher map literal of a `typeName` value read from `binding`: one entry per selected field,
 * under its response key, each entry's expression taken from the type's allow-list. A field the
 * allow-list does not know is a programming error (every schema field is translated).
 */
export function projection(
  types: Readonly<Record<string, TypeTranslation>>,
  typeName: string,
  binding: Binding,
  selections: readonly SelectedField[],
  scope: TranslateScope,
  path: string,
): CypherText {
  const type = types[typeName];
  if (!type) throw new Error(`no translation for type ${typeName}`);
  const entries = selections.map((field) => {
    const translate = type[field.name];
    if (!translate) throw new Error(`no translation for ${typeName}.${field.name}`);
    const here = path ? `${path}.${field.key}` : field.key;
    const ctx: FieldContext = {
      binding,
      field,
      scope,
      path: here,
      project: (childType, childBinding, childSelections) => projection(types, childType, childBinding, childSelections, scope, here),
    };
    return cypher`${mapKeyText(field.key)}: ${translate(ctx)}`;
  });
  return cypher`{ ${join(entries, ', ')} }`;
}
