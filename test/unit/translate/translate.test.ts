import { writeFileSync } from 'fs';
import { join } from 'path';
import { getNamedType, GraphQLObjectType, GraphQLSchema, isObjectType } from 'graphql';
import { SelectedField, TRANSLATED_TYPES, Translation } from '../../../src/graph/translate';
import { GRAPH_LABELS, GRAPH_RELATIONSHIPS, label, mapKey, propertyName } from '../../../src/graph/translate/identifiers';
import { TRANSLATE_CASES } from './cases';
import { EXPECTED_TRANSLATIONS } from './expected';
import { apiSchema, rootField } from './request';

/**
 * The translate stage's spec, TCK style: each case's GraphQL request in, the exact Cypher and
 * parameters out, frozen in expected.ts. A change to a translation changes that file, so it is
 * read in review. `TRANSLATE_SPEC=write npx jest -c jest.unit.config.js test/unit/translate`
 * rewrites it from the current code (then read the diff before committing it).
 */
describe('translate stage: GraphQL in, exact Cypher and parameters out', () => {
  const translated = new Map<string, Translation>();
  const roots = new Map<string, SelectedField>();

  beforeAll(async () => {
    for (const c of TRANSLATE_CASES) {
      const root = await rootField(c.query, c.variables);
      roots.set(c.name, root);
      translated.set(c.name, c.translate(root));
    }
    if (process.env.TRANSLATE_SPEC === 'write') writeExpected(translated);
  });

  it.each(TRANSLATE_CASES.map((c) => [c.name] as const))('%s', (name) => {
    const { cypher, params } = translated.get(name)!;
    expect({ cypher, params: { ...params } }).toEqual(EXPECTED_TRANSLATIONS[name]);
  });

  it('has an expected translation for every case and none for a case that is gone', () => {
    expect(Object.keys(EXPECTED_TRANSLATIONS).sort()).toEqual(TRANSLATE_CASES.map((c) => c.name).sort());
  });

  // Names cannot be parameters in Cypher, so the ones written in must be the graph's own (identifiers.ts).
  it('names only labels and relationship types of the allow-list', () => {
    const labels = new Set<string>();
    const types = new Set<string>();
    for (const { cypher } of translated.values()) {
      for (const m of cypher.matchAll(/\(\w*:(\w+)/g)) labels.add(m[1]);
      for (const m of cypher.matchAll(/\[\w*:(\w+)\]/g)) types.add(m[1]);
    }
    expect([...labels].filter((l) => !GRAPH_LABELS.has(l))).toEqual([]);
    expect([...types].filter((t) => !GRAPH_RELATIONSHIPS.has(t))).toEqual([]);
    expect(labels.size).toBeGreaterThan(5);
  });

  it('refuses an identifier that is not a plain name or not of the graph', () => {
    expect(() => label('Official) DETACH DELETE (x')).toThrow(/not a label/);
    expect(() => label('Secret')).toThrow(/not a label/);
    expect(() => propertyName('id} RETURN 1 //')).toThrow(/not a property name/);
    expect(() => mapKey('a`b')).toThrow(/not a GraphQL name/);
    expect(mapKey('where')).toBe('`where`');
  });

  it('selects every field of every translated type in some case', async () => {
    const schema = await apiSchema();
    const selected = new Set<string>();
    const visit = (field: SelectedField) => {
      for (const child of field.selections) {
        selected.add(`${field.typeName}.${child.name}`);
        visit(child);
      }
    };
    for (const root of roots.values()) visit(root);
    const every = Object.keys(TRANSLATED_TYPES).flatMap((typeName) =>
      Object.keys((schema.getType(typeName) as GraphQLObjectType).getFields()).map((field) => `${typeName}.${field}`),
    );
    expect(every.filter((f) => !selected.has(f))).toEqual([]);
  });

  it('has a case for every root field that answers translated values', async () => {
    const schema = await apiSchema();
    const asked = new Set([...roots.values()].map((r) => r.name));
    expect(translatedRoots(schema).filter((name) => !asked.has(name))).toEqual([]);
  });
});

/** Query, mutation and subscription fields whose value (or a connection's edges' node) is a translated type. */
function translatedRoots(schema: GraphQLSchema): string[] {
  const isTranslated = (type: unknown): boolean => {
    const named = getNamedType(type as never);
    if (!isObjectType(named)) return false;
    if (named.name in TRANSLATED_TYPES) return true;
    const edges = named.getFields().edges;
    const edge = edges && getNamedType(edges.type);
    return isObjectType(edge) && edge.getFields().node !== undefined && isTranslated(edge.getFields().node.type);
  };
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .flatMap((root) => Object.values(root?.getFields() ?? {}))
    .filter((field) => isTranslated(field.type))
    .map((field) => field.name);
}

function writeExpected(translations: ReadonlyMap<string, Translation>): void {
  const entries = [...translations].map(
    ([name, t]) => `  ${JSON.stringify(name)}: {\n    cypher: ${JSON.stringify(t.cypher)},\n    params: ${JSON.stringify(t.params)},\n  },`,
  );
  writeFileSync(
    join(__dirname, 'expected.ts'),
    '/**\n * The frozen output of the translate stage for every case of cases.ts (translate.test.ts compares\n' +
      ' * it exactly). Generated by the code under test once, then reviewed: read a diff of it as a change\n * of the spec.\n */\n' +
      'export const EXPECTED_TRANSLATIONS: Record<string, { cypher: string; params: Record<string, unknown> }> = {\n' +
      `${entries.join('\n')}\n};\n`,
  );
}
