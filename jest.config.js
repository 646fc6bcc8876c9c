// Three tiers (STYLE.md): unit specs next to the code, integration specs against the real
// MariaDB/Redis, end-to-end journeys under test/ against the real apps and the Telegram emulator.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
const moduleNameMapper = {
  '^@dvorik/config$': '<rootDir>/libs/config/src',
  '^@dvorik/persistence$': '<rootDir>/libs/persistence/src',
  '^@dvorik/telegram$': '<rootDir>/libs/telegram/src',
  '^@dvorik/messaging$': '<rootDir>/libs/messaging/src',
  '^@dvorik/testing$': '<rootDir>/libs/testing/src',
  '^@dvorik/domain$': '<rootDir>/libs/domain/src',
  '^@dvorik/domain/(.*)$': '<rootDir>/libs/domain/src/$1',
  '^@dvorik/migrations$': '<rootDir>/migrations',
};
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper,
  setupFilesAfterEnv: ['<rootDir>/scripts/jest-timeout.js'],
};
// Per-project timeouts (a `testTimeout` here would be ignored: see scripts/jest-timeout.js).
const timeout = (ms) => ({ globals: { TEST_TIMEOUT_MS: ms } });

module.exports = {
  projects: [
    {
      ...base,
      ...timeout(20_000),
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,bench}/**/*.spec.ts'],
    },
    {
      ...base,
      displayName: 'int',
      ...timeout(60_000),
      testMatch: ['<rootDir>/{apps,libs,migrations,scripts}/**/*.int-spec.ts'],
    },
    {
      ...base,
      ...timeout(120_000),
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
    },
  ],
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
};
