import { AppConfig, loadEnv } from '@dvorik/config';
import { dataSourceOptions } from '@dvorik/persistence';
import { createConnection } from 'mysql2/promise';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/** Server-level credentials the suites use to create and drop their own databases. */
export const TEST_SERVER_URL =
  process.env.TEST_DATABASE_SERVER_URL ?? 'mariadb://dvorik:dvorik@127.0.0.1:3306';

export interface TestDatabase {
  name: string;
  /** DATABASE_URL for the apps under test. */
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, migrated with the real migrations, dropped afterwards. */
export async function createTestDatabase(label = 'suite'): Promise<TestDatabase> {
  const name =
    `dvorik_t_${label.replace(/[^a-z0-9]/gi, '').slice(0, 20)}_${randomBytes(4).toString('hex')}`.toLowerCase();
  const server = new URL(TEST_SERVER_URL.replace(/^mariadb:/, 'mysql:'));
  const admin = await createConnection({
    host: server.hostname,
    port: Number(server.port || 3306),
    user: decodeURIComponent(server.username),
    password: decodeURIComponent(server.password),
  });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = `${TEST_SERVER_URL.replace(/\/+$/, '')}/${name}`;
  const dataSource = new DataSource(
    dataSourceOptions(new AppConfig(loadEnv(baseTestEnv({ DATABASE_URL: url }))), { logging: ['error'] }),
  );
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  return {
    name,
    url,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}

/** The environment every app under test gets; suites override what they own. */
export function baseTestEnv(
  overrides: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: 'mariadb://dvorik:dvorik@127.0.0.1:3306/dvorik',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    REDIS_PREFIX: `dvt_${randomBytes(4).toString('hex')}`,
    JWT_SECRET: 'test-secret-test-secret-test-secret-42',
    POS_API_KEY: 'test-pos-key-0123456789',
    TILL_QR_SECRET: 'test-till-qr-secret-0123456789abcdef',
    DATABASE_POOL_SIZE: '10',
    OUTBOX_POLL_MS: '50',
    // An API under test closes at once; the readiness suite sets its own drain.
    SHUTDOWN_DRAIN_MS: '0',
    // Many workers share a test process: none binds the metrics port unless a test asks.
    WORKER_METRICS_PORT: '0',
    // The owner's evening runs on the wall clock (after 21:00 shop time, on a burst of failed
    // checks): left on, it would write to the owners of unrelated suites. Its specs fire the
    // jobs themselves with a fake clock.
    SCHEDULES_OFF: 'evening.digest,evening.watch-anomalies',
    ...overrides,
  };
}
