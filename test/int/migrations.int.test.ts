import { Graph } from '../../src/graph/graph';
import { checksum, migrate } from '../../src/graph/migrations/migrate';
import { MIGRATIONS } from '../../src/graph/migrations/migrations';
import { connectTestGraph } from '../support/test-graph';

describe('migrate', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = connectTestGraph();
  });
  afterAll(() => graph.close());

  const schemaNames = async () => {
    const constraints = await graph.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    const indexes = await graph.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name ORDER BY name');
    return { constraints: constraints.map((r) => r.name), indexes: indexes.map((r) => r.name) };
  };

  it('creates a key per node type and a full-text index for names, and records each step', async () => {
    await migrate(graph);
    const { constraints, indexes } = await schemaNames();
    for (const key of ['country_code', 'ministry_id', 'official_id', 'consultation_id', 'series_id', 'topic_key', 'source_id']) {
      expect(constraints).toContain(key);
    }
    expect(indexes).toContain('official_names');
    const recorded = await graph.read<{ version: number; checksum: string }>(
      'MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum ORDER BY version',
    );
    expect(recorded).toEqual(MIGRATIONS.map((m) => ({ version: m.version, checksum: checksum(m) })));
  });

  it('is a no-op when run again', async () => {
    await migrate(graph);
    const before = await schemaNames();
    const report = await migrate(graph);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await schemaNames()).toEqual(before);
    const [{ count }] = await graph.read<{ count: number }>('MATCH (m:Migration) RETURN count(m) AS count');
    expect(count).toBe(MIGRATIONS.length);
  });

  it('refuses a released step whose statements were edited', async () => {
    const edited = MIGRATIONS.map((m, i) => (i === 0 ? { ...m, statements: [...m.statements, 'RETURN 1'] } : m));
    await expect(migrate(graph, edited)).rejects.toThrow(/Migration 1 .* was changed after it was applied/);
  });
});
