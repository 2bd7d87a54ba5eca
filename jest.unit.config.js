/**
 * Pure-logic tests only (no Neo4j): `npx jest -c jest.unit.config.js`. `npm test` runs these too,
 * through jest.config.js.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // any-ascii ships only as an ES module; ts-jest turns it into CommonJS like our own code.
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  transformIgnorePatterns: ['/node_modules/(?!any-ascii/)'],
  testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
};
