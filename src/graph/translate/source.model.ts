import { cypher } from './cypher-text';
import { property, related } from './build';
import { TypeTranslation } from './scope';

export const SOURCE_TYPES: Record<string, TypeTranslation> = {
  Source: {
    id: property('id'),
    publisher: property('publisher'),
    citing: property('citing'),
    language: property('language'),
    publishedAt: property('publishedAt'),
    title: property('title'),
    url: property('url'),
    caveats: property('caveats', { otherwise: cypher`[]` }),
    sourceText: property('text'),
    // What a search hit is about: newest first.
    consultations: related({
      typeName: 'Consultation',
      roles: ['node'],
      match: (parent, own) => cypher`MATCH (${parent.node})<-[:SUPPORTED_BY]-(${own.node}:Consultation)`,
      order: (own) => cypher`${own.node}.sortDate DESC, ${own.node}.id`,
    }),
  },
};
