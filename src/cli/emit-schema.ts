import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/config';
import { printApiSchema } from '../resolvers';

/** `npm run schema`: writes schema.graphql, the committed contract clients read (a test checks it is current). */
async function main(): Promise<void> {
  const file = path.join(projectRoot(), 'schema.graphql');
  fs.writeFileSync(file, await printApiSchema());
  process.stdout.write(`Wrote ${file}\n`);
}

void main();
