/** @type {import('jest').Config} */
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  // NestJS 12 ships ES modules only; see test/harness/esm-package-transformer.js.
  '/node_modules/@nestjs/.+\\.js$': '<rootDir>/test/harness/esm-package-transformer.js',
};
const transformIgnorePatterns = ['/node_modules/(?!@nestjs/)'];

module.exports = {
  testTimeout: 120_000,
  maxWorkers: 2,
  projects: [
    {
      // Pure logic: no server, milliseconds each.
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      setupFilesAfterEnv: ['<rootDir>/test/harness/fast-check-setup.ts'],
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/activities/**/*.spec.ts', '<rootDir>/workflows/**/*.spec.ts'],
    },
    {
      // Real servers: the harness starts PostgreSQL and a Temporal dev server once per run;
      // workflow tests also start their own time-skipping test server.
      displayName: 'temporal',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/harness/global-setup.ts',
      globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
    },
  ],
};
