import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printApiSchema } from '../../src/resolvers';

describe('schema.graphql', () => {
  it('is current: run `npm run schema` after changing src/schema', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printApiSchema());
  });
});
