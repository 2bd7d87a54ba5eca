import { ConfigError, loadConfig } from '../../src/config/config';

describe('loadConfig', () => {
  const problemsOf = (env: Record<string, string>): string[] => {
    try {
      loadConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  };

  it('has defaults that start an embedded Neo4j and serve on port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j).toBeUndefined();
    expect(config.embedded.port).toBe(7687);
  });

  it('uses the configured server when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.example:7687', NEO4J_PASSWORD: 'secret' });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abc.databases.example:7687',
      user: 'neo4j',
      password: 'secret',
      database: 'neo4j',
    });
  });

  it('names each wrong variable', () => {
    const problems = problemsOf({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', NEO4J_EMBEDDED_HEAP: 'lots' });
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith('PORT:'))).toMatch(/"eighty"/);
    expect(problems.find((p) => p.startsWith('NEO4J_URI:'))).toMatch(/neo4j:\/\//);
    expect(problems.find((p) => p.startsWith('NEO4J_EMBEDDED_HEAP:'))).toMatch(/512m/);
  });

  it('never echoes a password back', () => {
    const problems = problemsOf({ NEO4J_URI: 'bolt://db:7687', NEO4J_DATABASE: '!', NEO4J_PASSWORD: 'hunter2' });
    expect(problems.join(' ')).not.toContain('hunter2');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(4000);
  });
});
