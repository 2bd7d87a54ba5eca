import { FieldNode, getNamedType, GraphQLField, GraphQLResolveInfo, isObjectType, Kind, SelectionSetNode } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

/**
 * What a response selects below the field being resolved, so a root resolver can fetch a whole
 * headline question in one Cypher round trip and prime the loaders its children read from.
 * Fragments are followed; @skip/@include are not evaluated (fetching a skipped part is harmless).
 * Looking ahead only ever adds rows to loaders: the child resolvers still answer every field.
 */
export class LookAhead {
  private constructor(
    private readonly info: GraphQLResolveInfo,
    private readonly nodes: readonly FieldNode[],
    private readonly field: GraphQLField<unknown, unknown>,
  ) {}

  static of(info: GraphQLResolveInfo): LookAhead {
    return new LookAhead(info, info.fieldNodes, info.parentType.getFields()[info.fieldName]);
  }

  private get typeName(): string {
    return getNamedType(this.field.type).name;
  }

  /** The field `name` selected directly below (through fragments and connection types alike), or null. */
  child(name: string): LookAhead | null {
    const type = this.info.schema.getType(this.typeName);
    const field = isObjectType(type) ? type.getFields()[name] : undefined;
    const nodes = this.childNodes().filter((n) => n.name.value === name);
    if (!field || nodes.length === 0) return null;
    return new LookAhead(this.info, nodes, field);
  }

  /** Follows a path of field names; null when any step is not selected. */
  path(...names: string[]): LookAhead | null {
    let here: LookAhead | null = this;
    for (const name of names) here = here?.child(name) ?? null;
    return here;
  }

  selects(...names: string[]): boolean {
    return this.path(...names) !== null;
  }

  /**
   * The arguments of this field when every occurrence (aliases included) passes the same ones;
   * null when they differ, as the loaders then need one query per argument set anyway.
   */
  arguments(): Record<string, unknown> | null {
    let all: Array<Record<string, unknown>>;
    try {
      all = this.nodes.map((n) => getArgumentValues(this.field, n, this.info.variableValues));
    } catch {
      return null; // the field's own resolver reports the problem
    }
    const first = JSON.stringify(all[0]);
    return all.every((a) => JSON.stringify(a) === first) ? all[0] : null;
  }

  private childNodes(): FieldNode[] {
    const out: FieldNode[] = [];
    const visit = (set: SelectionSetNode | undefined) => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) out.push(selection);
        else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
        else visit(this.info.fragments[selection.name.value]?.selectionSet);
      }
    };
    for (const node of this.nodes) visit(node.selectionSet);
    return out;
  }
}
