import type { AppConfig } from '@dvorik/config';
import { migrations } from '@dvorik/migrations';
import type { DataSourceOptions } from 'typeorm';
import { readCommittedMysql2 } from './read-committed-driver';

/**
 * One place that turns configuration into TypeORM options, used by the apps, the CLI's
 * `migrate` and the test kit alike. `synchronize` is never on: migrations own the schema.
 */
export function dataSourceOptions(
  config: AppConfig,
  overrides: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  const db = config.database;
  return {
    type: db.type,
    url: db.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    poolSize: db.poolSize,
    // Every connection is READ COMMITTED for its whole session (read-committed-driver.ts).
    driver: readCommittedMysql2,
    // mysql2 would capture a stack trace for every query (its promise wrapper, which TypeORM
    // uses); a failed query still throws TypeORM's QueryFailedError with its own stack.
    trace: false,
    // DECIMAL and BIGINT come back as strings; entities convert them explicitly where needed.
    supportBigNumbers: true,
    bigNumberStrings: true,
    synchronize: false,
    migrationsRun: false,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    // Failed queries surface as exceptions where they are handled; logging them here too would
    // report expected duplicate-key races as errors.
    logging: ['warn', 'migration'],
    ...overrides,
  } as DataSourceOptions;
}
