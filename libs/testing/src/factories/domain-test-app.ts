import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { createDomainContext } from '../domain-context';
import { baseTestEnv, createTestDatabase, type TestDatabase } from '../test-database';
import { flushRedisPrefix } from '../test-redis';

/** The domain core on a fresh database and Redis prefix, with the buses and raw SQL at hand. */
export interface DomainTestApp {
  context: INestApplicationContext;
  db: TestDatabase;
  env: Record<string, string | undefined>;
  commands: CommandBus;
  queries: QueryBus;
  /** Raw SQL for assertions (and for rows no command makes yet, like campaigns). */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function createDomainTestApp(
  label: string,
  overrides: Record<string, string | undefined> = {},
): Promise<DomainTestApp> {
  const db = await createTestDatabase(label);
  const env = baseTestEnv({ DATABASE_URL: db.url, ...overrides });
  const context = await createDomainContext(env);
  const uow = context.get(UnitOfWork);
  return {
    context,
    db,
    env,
    commands: context.get(CommandBus),
    queries: context.get(QueryBus),
    sql: (query, params = []) => uow.query(query, params),
    async close() {
      await context.close();
      await flushRedisPrefix(env.REDIS_URL!, env.REDIS_PREFIX!);
      await db.drop();
    },
  };
}

/** A JSON column read through raw SQL: mysql2 hands it over parsed or as text depending on the server. */
export function json<T = unknown>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
