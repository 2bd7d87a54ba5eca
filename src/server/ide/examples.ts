import fs from 'node:fs';
import path from 'node:path';

export interface SavedQuestion {
  title: string;
  query: string;
}

/**
 * The README's example queries, as the IDE's ready-to-run tabs: each `**bold title**` followed by
 * a ```graphql block in the "Example queries" section. Read from the README itself so the two
 * never drift apart; an absent README (a trimmed container image) gives no tabs, not an error.
 */
export function readmeExamples(root: string): SavedQuestion[] {
  let readme: string;
  try {
    readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  } catch {
    return [];
  }
  const section = /^## Example queries\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  const examples: SavedQuestion[] = [];
  const pattern = /\*\*(.+?)\*\*[^\n]*\n+```graphql\n([\s\S]*?)```/g;
  for (let match = pattern.exec(section); match; match = pattern.exec(section)) {
    const title = match[1].trim();
    examples.push({ title, query: `# ${title}\n${named(match[2].trim(), title)}\n` });
  }
  return examples;
}

/** An anonymous `{ … }` query gets an operation name from its title, so the IDE's tab says what it is. */
function named(query: string, title: string): string {
  if (!query.startsWith('{')) return query;
  const words = title.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ');
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(name) ? `query ${name} ${query}` : query;
}
