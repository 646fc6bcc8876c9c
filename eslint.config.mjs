// Type-aware lint (STYLE.md): floating promises and non-exhaustive switches are errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const PROCESS_ENV = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Read configuration through AppConfig (libs/config), never process.env.',
};
const SQL_HOME =
  "SQL lives in the owning capability's *.repository.ts / *.reader.ts (docs/architecture.md, rule 6 «One way to the data»)";
const DATA_ACCESS = [
  { selector: "MemberExpression[property.name='manager']", message: SQL_HOME },
  {
    selector: 'CallExpression[callee.property.name=/^(query|createQueryBuilder|getRepository)$/]',
    message: SQL_HOME,
  },
  { selector: 'ImportSpecifier[imported.name=/^(DataSource|EntityManager|Repository)$/]', message: SQL_HOME },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '*.js',
      '*.mjs',
      '.dependency-cruiser.cjs',
      'scripts/**',
      // The sandbox page: plain browser scripts served as they are (no build step).
      'libs/testing/src/telegram-emulator/sandbox/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-restricted-syntax': ['error', PROCESS_ENV],
    },
  },
  {
    // One data-access rule (docs/architecture.md, rule 6 «One way to the data»): in the core, only a capability's
    // data-access files touch the database; handlers, jobs, consumers, services and rules go
    // through them.
    files: ['libs/domain/src/**/*.ts'],
    ignores: [
      '**/*.repository.ts',
      '**/*.reader.ts',
      '**/*.store.ts',
      '**/*.writer.ts',
      '**/*.seeder.ts',
      '**/*.purger.ts',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
    ],
    rules: {
      'no-restricted-syntax': ['error', PROCESS_ENV, ...DATA_ACCESS],
    },
  },
  {
    // Repositories are never exported (docs/architecture.md, rule 6 «One way to the data»): a
    // capability reaches another's tables through a command or query on the bus, or a declared
    // read model or service the owner exports from its index.ts (a …Reader, AdminJobRunner).
    files: ['libs/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+[a-z-]+$',
              importNamePattern: 'Repository$',
              message:
                "Another capability's repository is its own (docs/architecture.md, rule 6 «One way to the data»): send a command or query, or use a reader or service its index.ts declares.",
            },
          ],
        },
      ],
    },
  },
  {
    // Processors (jobs, event consumers) and use-case handlers are edges of the core: they
    // dispatch and decide, and reach Redis through named stores (ExpiringMarkers, the caches).
    files: [
      'libs/domain/src/*/jobs/**/*.ts',
      'libs/domain/src/*/consumers/**/*.ts',
      'libs/domain/src/**/*.handler.ts',
    ],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        PROCESS_ENV,
        ...DATA_ACCESS,
        {
          selector: "ImportSpecifier[imported.name='RedisService']",
          message:
            'Jobs, consumers and handlers reach Redis through a named store (ExpiringMarkers, a cache), never RedisService.',
        },
      ],
    },
  },
  {
    files: [
      'libs/config/src/**',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      'test/**',
      'bench/**',
      'libs/testing/src/**',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The panel runs in the browser; Vite reads import.meta.env, not process.env.
    files: ['apps/admin/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', 'test/**'],
    // Tests read JSON bodies of whatever shape they assert on.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
