import { nameKeys } from '../../name-matching';
import { Graph } from '../graph';
import { nameKeyText } from './official-fields';

/** A new spelling for an official: alias list, full-text text and name keys, in one transaction. */
const ADD_ALIAS = `
MATCH (o:Official {id: $officialId})
WITH o, CASE WHEN $alias = o.name OR $alias IN coalesce(o.aliases, []) THEN coalesce(o.aliases, []) ELSE coalesce(o.aliases, []) + $alias END AS aliases
SET o.aliases = aliases, o.aliasText = reduce(text = '', a IN aliases | text + ' ' + a)
WITH o
UNWIND $keys AS key
MERGE (nk:NameKey {value: key})
MERGE (nk)-[:KEY_OF]->(o)
WITH DISTINCT o
SET o.nameKeyText = ${nameKeyText('o')}
RETURN o.id AS id`;

export async function addOfficialAlias(graph: Graph, officialId: string, alias: string): Promise<boolean> {
  const rows = await graph.write(ADD_ALIAS, { officialId, alias, keys: nameKeys(alias).length > 0 ? nameKeys(alias) : ['-'] });
  return rows.length > 0;
}
