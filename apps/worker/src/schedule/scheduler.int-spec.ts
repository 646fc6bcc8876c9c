import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { JobName, QueueName } from '@dvorik/messaging';
import {
  baseTestEnv,
  createTestDatabase,
  eventually,
  flushRedisPrefix,
  type TestDatabase,
} from '@dvorik/testing';
import type { Queue } from 'bullmq';
import { DateTime } from 'luxon';
import { createWorkerApp } from '../create-worker-app';
import { Scheduler } from './scheduler';
import { SCHEDULES } from './schedules';

describe('scheduled work', () => {
  let db: TestDatabase;
  let env: Record<string, string | undefined>;
  let workers: INestApplicationContext[];

  beforeAll(async () => {
    db = await createTestDatabase('schedule');
    env = baseTestEnv({ DATABASE_URL: db.url });
    workers = [await createWorkerApp(env), await createWorkerApp(env), await createWorkerApp(env)];
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await flushRedisPrefix(env.REDIS_URL!, env.REDIS_PREFIX!);
    await db.drop();
  });

  it('runs a period once however many workers fire its trigger', async () => {
    const purge = SCHEDULES.find((s) => s.job === JobName.PurgeAuditLog)!;
    const fireTime = DateTime.fromISO('2026-11-21T03:30:00', { zone: 'Asia/Vladivostok' });
    const ids = await Promise.all(workers.map((w) => w.get(Scheduler).trigger(purge, fireTime)));
    expect(new Set(ids)).toEqual(new Set(['audit-log.purge.2026-11-21']));

    const queue = workers[0].get<Queue>(getQueueToken(QueueName.Maintenance), { strict: false });
    // The workers' own wall-clock triggers (every minute, every ten, today's purge at 03:30) share
    // this queue, so only this test's period's jobs are counted.
    const ours = (job: { id?: string }) => job.id?.startsWith('audit-log.purge.2026-11-') ?? false;
    const purges = async () => (await queue.getCompleted()).filter(ours);
    const done = await eventually(purges, (jobs) => jobs.length > 0);
    // Every trigger has returned, so whatever they enqueued is in the queue: once no purge waits
    // or runs there, the completed list is final.
    await eventually(
      () => queue.getJobs(['waiting', 'active', 'delayed', 'prioritized']),
      (jobs) => !jobs.some(ours),
    );
    expect((await purges()).map((j) => j.id)).toEqual(['audit-log.purge.2026-11-21']);
    expect(done[0].returnvalue).toMatchObject({ deleted: 0 });

    // The next day is a new period, so it runs again.
    const next = await workers[1].get(Scheduler).trigger(purge, fireTime.plus({ days: 1 }));
    expect(next).toBe('audit-log.purge.2026-11-22');
  });

  it('starts no wall-clock trigger for a job in SCHEDULES_OFF, and refuses an unknown name', async () => {
    const registry = workers[0].get(SchedulerRegistry);
    expect(env.SCHEDULES_OFF).toBe('evening.digest,evening.watch-anomalies');
    expect(registry.doesExist('cron', JobName.PurgeAuditLog)).toBe(true);
    expect(registry.doesExist('cron', JobName.SendEveningDigest)).toBe(false);
    expect(registry.doesExist('cron', JobName.WatchAnomalies)).toBe(false);
    await expect(createWorkerApp({ ...env, SCHEDULES_OFF: 'evening.digest,no.such-job' })).rejects.toThrow(
      'SCHEDULES_OFF names no scheduled job: no.such-job',
    );
  });
});
