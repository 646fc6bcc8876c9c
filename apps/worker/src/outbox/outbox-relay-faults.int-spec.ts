import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { CommandBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { CreateStaffCommand, StaffRole } from '@dvorik/domain';
import { QueueName } from '@dvorik/messaging';
import { DeadlineExceededError, UnitOfWork } from '@dvorik/persistence';
import {
  baseTestEnv,
  createDomainContext,
  createTestDatabase,
  eventually,
  type TestDatabase,
  TestRedisServer,
} from '@dvorik/testing';
import type { Queue } from 'bullmq';
import { type Connection, createConnection } from 'mysql2/promise';
import { OutboxRelay } from './outbox-relay';

jest.setTimeout(60_000);

const DEADLINE_MS = 300;
const PAUSE_MS = 6000;

/**
 * README «Reliability», fault 3: Redis hangs (CLIENT PAUSE on the suite's own redis-server) while
 * the relay publishes. The relay gives up at its deadline, holds no MySQL transaction meanwhile,
 * and once Redis is back every event is published exactly once.
 */
describe('outbox relay when Redis hangs', () => {
  let db: TestDatabase;
  let redis: TestRedisServer;
  let ctx: INestApplicationContext;

  beforeAll(async () => {
    db = await createTestDatabase('relayfault');
    redis = await new TestRedisServer().start();
    ctx = await createDomainContext(
      baseTestEnv({
        DATABASE_URL: db.url,
        REDIS_URL: redis.url,
        REDIS_CALL_TIMEOUT_MS: String(DEADLINE_MS),
        OUTBOX_LEASE_MS: '1000',
      }),
    );
  });
  afterAll(async () => {
    await ctx?.close();
    await redis?.stop();
    await db?.drop();
  });

  const rows = <T = any>(sql: string, params: unknown[] = []): Promise<T[]> =>
    ctx.get(UnitOfWork).manager.query(sql, params);
  /** True when another connection cannot lock the outbox rows at once (someone holds them). */
  const outboxLocked = async (probe: Connection) => {
    await probe.query('START TRANSACTION');
    try {
      await probe.query('SELECT id FROM outbox FOR UPDATE NOWAIT');
      return false;
    } catch {
      return true;
    } finally {
      await probe.query('ROLLBACK');
    }
  };

  it('gives up at the deadline without holding a transaction, then publishes every event once', async () => {
    const owner = { type: 'staff', staffId: 1, role: StaffRole.Owner, ip: '10.0.0.7' } as const;
    for (let i = 0; i < 5; i++)
      await ctx.get(CommandBus).execute(
        new CreateStaffCommand(owner, {
          telegramId: 7100 + i,
          name: `Кассир ${i}`,
          role: StaffRole.Readonly,
        }),
      );
    const queue = ctx.get<Queue>(getQueueToken(QueueName.DomainEvents), { strict: false });
    await queue.waitUntilReady();
    // Not started: the test drives the relay's steps itself.
    const relay = new OutboxRelay(ctx.get(UnitOfWork), queue, ctx.get(AppConfig));

    await redis.pause(PAUSE_MS);
    const started = Date.now();
    let settled = false;
    // Until it takes the rows (a first pass may find them still skipped as locked by their insert).
    const relayUntilPublished = async () => {
      for (;;) {
        const moved = await relay.relayOnce();
        if (moved > 0) return moved;
      }
    };
    const outcome = relayUntilPublished().then(
      (n) => n,
      (error: unknown) => error,
    );
    void outcome.finally(() => (settled = true));
    // How long the rows stayed locked without a break while the relay waited on Redis.
    const probe = await createConnection({ uri: db.url.replace(/^mariadb:/, 'mysql:') });
    let lockedSince: number | null = null;
    let longestLockMs = 0;
    while (!settled) {
      const now = Date.now();
      if (await outboxLocked(probe)) lockedSince ??= now;
      else lockedSince = null;
      if (lockedSince !== null) longestLockMs = Math.max(longestLockMs, now - lockedSince);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await probe.end();
    expect(longestLockMs).toBeLessThan(1000);
    expect(await outcome).toBeInstanceOf(DeadlineExceededError);
    expect(Date.now() - started).toBeLessThan(PAUSE_MS / 2);

    // Redis back: the late publish lands, the lease runs out, the rows are published once more
    // under the same job ids — still one job per event.
    await eventually(
      async () => {
        await relay.relayOnce().catch(() => 0);
        return Number((await rows('SELECT COUNT(*) n FROM outbox WHERE published_at IS NULL'))[0].n);
      },
      (n) => n === 0,
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    const events = await rows<{ id: string }>('SELECT id FROM outbox');
    expect(events).toHaveLength(5);
    const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
    expect(jobs.map((j) => j.id).sort()).toEqual(events.map((e) => e.id).sort());
  });
});
