import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CreateDiscountTemplateCommand, SYSTEM } from '@dvorik/domain';
import { UnitOfWork } from '@dvorik/persistence';
import { clientRows, eventually, type Sql, tagClients } from '@dvorik/testing';
import type { Worker } from 'bullmq';
import Redis from 'ioredis';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { QueueWorkers } from '../apps/worker/src/jobs/queue-workers';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { startTestSystem, type TestSystem } from './support/test-system';

const CLIENTS = 1100; // over BULK_SYNC_LIMIT (1000): queued as a job, 11 chunks when issuing

describe('Administration: a large bulk action is a resumable job', () => {
  let sys: TestSystem;
  let t: RoleTokens;
  let second: INestApplicationContext | undefined;
  const sql: Sql = (query, params = []) => sys.apps.api!.get(UnitOfWork).manager.query(query, params);

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'admin_bulk', apps: ['api', 'worker'] });
    t = await staffTokens(sys.apps.api!);
    const ids = await clientRows(
      sql,
      Array.from({ length: CLIENTS }, (_, i) => ({ first_name: `К${i}` })),
    );
    await tagClients(sql, ids, 'wave');
  });
  afterAll(async () => {
    await second?.close();
    await sys?.close();
  });

  it('answers 202, survives a worker killed mid-way, and issues exactly one code per client', async () => {
    const { id: templateId } = await sys.apps.api!.get(CommandBus).execute(
      new CreateDiscountTemplateCommand(SYSTEM, {
        name: 'Волна',
        event: 'manual',
        valueType: 'fixed',
        value: 100,
        validityDays: 14,
      }),
    );
    const res = await sys.api('/api/v1/clients/bulk', {
      method: 'POST',
      token: t.marketing,
      json: {
        filter: { tags: { any: ['wave'] } },
        addTags: ['wave_done'],
        issueTemplateId: templateId,
        reason: 'Волна',
      },
    });
    expect(res).toMatchObject({ status: 202, body: { mode: 'queued', total: CLIENTS } });
    const jobId = res.body.jobId as string;

    // Kill the worker once a chunk has committed: its BullMQ consumer stops at once, its
    // database pool closes under the running chunk (which rolls back), nothing finishes cleanly.
    await eventually(
      () => sql<{ processed: number }>('SELECT processed FROM admin_jobs WHERE id = ?', [jobId]),
      (r) => r[0]?.processed >= 100,
      { timeoutMs: 90_000 }, // two chunks of issuing; minutes when MariaDB is shared and busy
    );
    const queueWorkers: unknown = sys.apps.worker!.get(QueueWorkers);
    const { workers } = queueWorkers as { workers: Worker[] };
    await Promise.all(workers.map((w) => w.close(true)));
    await sys.apps.worker!.close();
    delete sys.apps.worker;
    const [halfway] = await sql<{ status: string; processed: number }>(
      'SELECT status, processed FROM admin_jobs WHERE id = ?',
      [jobId],
    );
    expect(halfway.status).toBe('running');
    expect(halfway.processed).toBeLessThan(CLIENTS);

    // What BullMQ does after the dead worker's lock expires: the job is stalled, and the next
    // worker's stalled check puts it back in the queue (done by hand to skip the 30 s wait).
    const redis = new Redis(sys.env.REDIS_URL!);
    const queue = `${sys.env.REDIS_PREFIX}:bull:admin-jobs`;
    await redis.del(`${queue}:${jobId}:lock`, `${queue}:stalled-check`);
    await redis.sadd(`${queue}:stalled`, jobId);
    redis.disconnect();
    second = await createWorkerApp(sys.env);

    const done = await eventually(
      () => sys.api(`/api/v1/jobs/${jobId}`, { token: t.marketing }),
      (r) => r.body.status === 'done',
      { timeoutMs: 300_000 }, // issuing goes at a few clients a second when MariaDB is shared and busy
    );
    expect(done.body).toMatchObject({
      progress: 100,
      processed: CLIENTS,
      result: { matched: CLIENTS, processed: CLIENTS, failed: 0 },
    });
    expect(done.body.result.issued + done.body.result.alreadyIssued).toBe(CLIENTS);
    const perClient = await sql<{ n: string; clients: string }>(
      `SELECT MAX(n) AS n, COUNT(*) AS clients FROM (SELECT client_id, COUNT(*) AS n FROM discounts WHERE issue_key LIKE ? GROUP BY client_id) x`,
      [`manual:bulk:${jobId}:%`],
    );
    expect(perClient[0]).toEqual({ n: '1', clients: String(CLIENTS) });
    const [tagged] = await sql<{ n: string }>(
      "SELECT COUNT(*) AS n FROM client_tags WHERE tag = 'wave_done'",
    );
    expect(Number(tagged.n)).toBe(CLIENTS);
  }, 420_000);
});
