/**
 * Pure-logic tests only (no Neo4j): `npx jest -c jest.unit.config.js`. `npm test` runs these too,
 * through jest.config.js, whose transform settings this reuses.
 */
const { testEnvironment, transform, transformIgnorePatterns } = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment,
  transform,
  transformIgnorePatterns,
  testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
};
