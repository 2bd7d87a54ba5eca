export { EmbeddedNeo4j, freePort, isPortFree } from './embedded-neo4j';
export type { EmbeddedNeo4jOptions } from './embedded-neo4j';
export { Neo4jSetupError } from './errors';
export { ensureNeo4jJars } from './jars';
export { adminImport, databaseStoreDir } from './admin-import';
export { SupervisedNeo4j } from './supervisor';
export type { SupervisorOptions, SupervisorState } from './supervisor';
export type { Neo4jExit } from './embedded-neo4j';
