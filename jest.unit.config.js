/**
 * Pure-logic tests only (no Neo4j): `npx jest -c jest.unit.config.js`. `npm test` runs these too,
 * through jest.config.js.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
};
