import { cypher, join } from './cypher-text';
import { embedded, expression, property, related } from './build';
import { TypeTranslation } from './scope';

export const COUNTRY_TYPES: Record<string, TypeTranslation> = {
  /**
   * `code`: an expression giving the ISO code. `name` is the code too: the resolver names it in
   * the asked language (CLDR, in JS), so both keys of a country hold its code.
   */
  Country: {
    code: expression((b) => cypher`${b.code}`),
    name: expression((b) => cypher`${b.code}`),
    // Countries sharing a series with at least one event, by name.
    partners: (ctx) => {
      const series = ctx.scope.variable();
      return related({
        typeName: 'Partner',
        roles: ['home', 'partner'],
        match: (parent, own) =>
          join([
            cypher`MATCH (${own.home}:Country {code: ${parent.code}})<-[:BETWEEN]-(${series}:Series)-[:BETWEEN]->(${own.partner}:Country)`,
            cypher`WHERE ${own.partner} <> ${own.home} AND EXISTS { MATCH (${series})<-[:IN_SERIES]-(:Consultation) }`,
          ], ' '),
        distinct: true,
        order: (own) => cypher`${own.partner}.name, ${own.partner}.code`,
      })(ctx);
    },
  },

  /** `home`, `partner`: the two Country nodes. */
  Partner: {
    country: embedded('Country', (b) => ({ code: cypher`${b.partner}.code` })),
    consultations: (ctx) => {
      const series = ctx.scope.variable();
      return related({
        typeName: 'Consultation',
        roles: ['node'],
        match: (parent, own) =>
          cypher`MATCH (${parent.home})<-[:BETWEEN]-(${series}:Series)-[:BETWEEN]->(${parent.partner}), (${series})<-[:IN_SERIES]-(${own.node}:Consultation)`,
        distinct: true,
        order: (own) => cypher`${own.node}.sortDate DESC, ${own.node}.id`,
      })(ctx);
    },
    diplomaticRelationsSince: ({ binding, scope }) => {
      const r = scope.variable();
      return cypher`COLLECT { MATCH (${binding.home})<-[:BETWEEN]-(${r}:DiplomaticRelations)-[:BETWEEN]->(${binding.partner}) RETURN ${r}.since }[0]`;
    },
    agreements: related({
      typeName: 'Agreement',
      roles: ['node'],
      match: (parent, own) => cypher`MATCH (${parent.home})<-[:BETWEEN]-(${own.node}:Agreement)-[:BETWEEN]->(${parent.partner})`,
      order: (own) => cypher`${own.node}.year, ${own.node}.name`,
    }),
  },

  Agreement: {
    name: property('name'),
    year: property('year'),
  },
};
