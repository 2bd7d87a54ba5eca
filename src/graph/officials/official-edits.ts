import { nameKeys } from '../../name-matching';
import { Graph } from '../graph';
import { nameKeyTextParams, REFRESH_NAME_KEY_TEXT } from './official-fields';

/** A new spelling for an official: alias list, full-text text and name keys, in one transaction. */
const ADD_ALIAS = `
MATCH (o:Official {id: $officialId})
WITH o, CASE WHEN $alias = o.name OR $alias IN coalesce(o.aliases, []) THEN coalesce(o.aliases, []) ELSE coalesce(o.aliases, []) + $alias END AS aliases
SET o.aliases = aliases, o.aliasText = reduce(text = '', a IN aliases | text + ' ' + a)
WITH o
UNWIND $keys AS key
MERGE (nk:NameKey {value: key})
MERGE (nk)-[:KEY_OF]->(o)
RETURN DISTINCT o.id AS id`;

export async function addOfficialAlias(graph: Graph, officialId: string, alias: string): Promise<boolean> {
  return graph.writeTransaction(async (run) => {
    const rows = await run(ADD_ALIAS, { officialId, alias, keys: nameKeys(alias).length > 0 ? nameKeys(alias) : ['-'] });
    if (rows.length > 0) await run(REFRESH_NAME_KEY_TEXT, nameKeyTextParams([officialId]));
    return rows.length > 0;
  });
}
