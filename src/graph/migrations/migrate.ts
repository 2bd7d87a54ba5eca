import { createHash } from 'node:crypto';
import { Graph } from '../graph';
import { Migration, MIGRATIONS } from './migrations';

export interface MigrationReport {
  applied: number[];
  alreadyApplied: number[];
}

const RECORD_KEY = 'CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (n:Migration) REQUIRE n.version IS UNIQUE';

/** Versions already recorded in the graph, with the checksum each was applied with. */
const APPLIED_MIGRATIONS = 'MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum';

/** MERGE on the unique version: two processes migrating at once record a step only once. */
const RECORD_MIGRATION = `
MERGE (m:Migration {version: $version})
ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()`;

export function checksum(migration: Migration): string {
  return createHash('sha256').update(migration.statements.join('\n')).digest('hex').slice(0, 16);
}

/**
 * Applies the steps not yet recorded, in order, and records each one in the graph.
 * Re-running is a no-op. A recorded step whose statements changed since is refused: the
 * graph would otherwise silently differ from what the code describes.
 */
export async function migrate(graph: Graph, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationReport> {
  await graph.schema(RECORD_KEY);
  const recorded = new Map(
    (await graph.read<{ version: number; checksum: string }>(APPLIED_MIGRATIONS)).map((r) => [r.version, r.checksum]),
  );
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const sum = checksum(migration);
    const previous = recorded.get(migration.version);
    if (previous !== undefined) {
      if (previous !== sum) {
        throw new Error(
          `Migration ${migration.version} (${migration.name}) was changed after it was applied; add a new migration instead.`,
        );
      }
      report.alreadyApplied.push(migration.version);
      continue;
    }
    for (const statement of migration.statements) await graph.schema(statement);
    await graph.schema('CALL db.awaitIndexes(300)');
    await graph.write(RECORD_MIGRATION, { version: migration.version, name: migration.name, checksum: sum });
    report.applied.push(migration.version);
  }
  return report;
}
