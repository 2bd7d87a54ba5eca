/**
 * One real Neo4j for the whole run (started in test/support/global-setup.ts unless NEO4J_URI
 * is set); files run one at a time because they share it and this machine has two cores.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // any-ascii and eld ship only as ES modules; ts-jest turns them into CommonJS like our own code.
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  transformIgnorePatterns: ['/node_modules/(?!any-ascii/|eld/)'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 180000,
  verbose: true,
};
