import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { CommandBus } from '@nestjs/cqrs';
import { CreateStaffCommand, StaffRole } from '@dvorik/domain';
import { JobName, QueueName } from '@dvorik/messaging';
import { UnitOfWork } from '@dvorik/persistence';
import {
  baseTestEnv,
  createDomainContext,
  createTestDatabase,
  eventually,
  flushRedisPrefix,
  type TestDatabase,
} from '@dvorik/testing';
import type { Queue } from 'bullmq';
import { createWorkerApp } from '../create-worker-app';
import { DeliverDomainEventJob } from '../events/deliver-domain-event.job';

describe('outbox → relay → audit log', () => {
  let db: TestDatabase;
  let env: Record<string, string | undefined>;
  const apps: INestApplicationContext[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('outbox');
    env = baseTestEnv({ DATABASE_URL: db.url });
  });
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
  });
  afterAll(async () => {
    await flushRedisPrefix(env.REDIS_URL!, env.REDIS_PREFIX!);
    await db.drop();
  });

  const count = async (app: INestApplicationContext, sql: string, params: unknown[] = []) => {
    const rows: Array<{ n: string | number }> = await app.get(UnitOfWork).manager.query(sql, params);
    return Number(rows[0].n);
  };
  const owner = { type: 'staff', staffId: 1, role: StaffRole.Owner, ip: '10.0.0.7' } as const;

  it('delivers an event committed by a process that died before publishing, once, after restart', async () => {
    // A process commits a staff action and "dies": nothing in it relays the outbox.
    const api = await createDomainContext(env);
    const staff = await api
      .get(CommandBus)
      .execute(
        new CreateStaffCommand(owner, { telegramId: 5001, name: 'Марина 🍬', role: StaffRole.Marketing }),
      );
    expect(await count(api, 'SELECT COUNT(*) n FROM outbox WHERE published_at IS NULL')).toBe(1);
    expect(await count(api, 'SELECT COUNT(*) n FROM audit_logs')).toBe(0);
    await api.close();

    // The worker starts later and picks the committed event up.
    const worker = await createWorkerApp(env);
    apps.push(worker);
    await eventually(
      () => count(worker, 'SELECT COUNT(*) n FROM audit_logs'),
      (n) => n === 1,
    );
    const [row] = await worker.get(UnitOfWork).manager.query('SELECT * FROM audit_logs');
    expect(row).toMatchObject({
      action: 'staff.created',
      entity_type: 'staff',
      entity_id: String(staff.id),
      actor_staff_id: 1,
      ip: '10.0.0.7',
    });
    const payload = typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload;
    expect(payload.after).toMatchObject({ telegramId: 5001, name: 'Марина 🍬', role: 'marketing' });
    expect(await count(worker, 'SELECT COUNT(*) n FROM outbox WHERE published_at IS NULL')).toBe(0);
  });

  it('runs a consumer once when the same event is delivered twice', async () => {
    const worker = await createWorkerApp(env);
    apps.push(worker);
    await worker
      .get(CommandBus)
      .execute(new CreateStaffCommand(owner, { telegramId: 5002, name: 'Олег', role: StaffRole.Readonly }));
    await eventually(
      () =>
        count(
          worker,
          "SELECT COUNT(*) n FROM audit_logs WHERE JSON_VALUE(payload, '$.after.telegramId') = 5002",
        ),
      (n) => n === 1,
    );

    const [outboxRow] = await worker
      .get(UnitOfWork)
      .manager.query(
        "SELECT id, envelope FROM outbox WHERE JSON_VALUE(envelope, '$.payload.after.telegramId') = 5002",
      );
    const envelope =
      typeof outboxRow.envelope === 'string' ? JSON.parse(outboxRow.envelope) : outboxRow.envelope;
    // Once more through the queue under another job id (as a second relay would), and once directly.
    const queue = worker.get<Queue>(getQueueToken(QueueName.DomainEvents), { strict: false });
    const again = await queue.add(JobName.DeliverDomainEvent, envelope, { jobId: `${outboxRow.id}-again` });
    await eventually(async () => (await queue.getJob(again.id!))?.finishedOn, Boolean);
    const direct = await worker.get(DeliverDomainEventJob).process({ data: envelope } as never);

    expect(direct.consumedBy).toEqual([]);
    expect(
      await count(
        worker,
        "SELECT COUNT(*) n FROM audit_logs WHERE JSON_VALUE(payload, '$.after.telegramId') = 5002",
      ),
    ).toBe(1);
  });

  it('lets two workers relay side by side without publishing a row twice', async () => {
    const ctx = await createDomainContext(env);
    apps.push(ctx);
    const bus = ctx.get(CommandBus);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        bus.execute(
          new CreateStaffCommand(owner, {
            telegramId: 6000 + i,
            name: `Кассир ${i}`,
            role: StaffRole.Readonly,
          }),
        ),
      ),
    );
    apps.push(await createWorkerApp(env), await createWorkerApp(env));
    await eventually(
      () => count(ctx, 'SELECT COUNT(*) n FROM audit_logs WHERE actor_staff_id = 1'),
      (n) => n === 32,
    );
    expect(await count(ctx, 'SELECT COUNT(DISTINCT event_id) n FROM audit_logs')).toBe(32);
  });
});
