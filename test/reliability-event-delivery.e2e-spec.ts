import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { CommandBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { CreateStaffCommand, NotificationGroup, StaffRole } from '@dvorik/domain';
import { QueueName } from '@dvorik/messaging';
import { UnitOfWork } from '@dvorik/persistence';
import { createDomainContext, eventually, type TcpProxy } from '@dvorik/testing';
import type { Queue } from 'bullmq';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { OutboxRelay } from '../apps/worker/src/outbox/outbox-relay';
import { directDatabase, mariadbProxy } from './support/reliability-kit';
import { startTestSystem, type TestSystem } from './support/test-system';

jest.setTimeout(60_000);

const ON_CALL_TG = 940_001;
const EVENTS = 20;
/** Attempts the old policy allowed before an event was parked as failed for good. */
const OLD_BUDGET = 8;

/**
 * README «Reliability», fault 2: the worker's database is unreachable (a TCP proxy that resets
 * and refuses its connections) for longer than the old retry budget, while committed events wait
 * in the queue. They are retried without limit, the `errors` group is alerted, and once the
 * database is back every event is delivered exactly once.
 */
describe('event delivery through a long database outage', () => {
  let sys: TestSystem;
  let proxy: TcpProxy;
  let direct: INestApplicationContext;
  let db: ReturnType<typeof directDatabase>;

  beforeAll(async () => {
    proxy = await mariadbProxy();
    sys = await startTestSystem({
      label: 'eventfault',
      apps: [],
      databaseUrl: (url) => proxy.rewrite(url),
      env: { EVENT_RETRY_BASE_MS: '100', EVENT_RETRY_MAX_MS: '400', EVENT_ALERT_AFTER_ATTEMPTS: '5' },
    });
    db = directDatabase(sys.db.url);
    // The test's own process commits and relays past the proxy, as an API that stays up would.
    direct = await createDomainContext({ ...sys.env, DATABASE_URL: sys.db.url });
    await direct.get(CommandBus).execute(
      new CreateStaffCommand(owner, {
        telegramId: ON_CALL_TG,
        name: 'Дежурный',
        role: StaffRole.Owner,
        notificationGroups: [NotificationGroup.Errors],
      }),
    );
    sys.apps.worker = await createWorkerApp(sys.env);
  });
  afterAll(async () => {
    proxy?.restore();
    await direct?.close();
    await sys?.close();
    await db?.end();
    await proxy?.stop();
  });

  const owner = { type: 'staff', staffId: 1, role: StaffRole.Owner, ip: '10.0.0.9' } as const;
  const auditRows = async () =>
    (
      await db.rows<{ n: number; events: number }>(
        'SELECT COUNT(*) n, COUNT(DISTINCT event_id) events FROM audit_logs',
      )
    )[0];

  it('retries past the old budget, alerts the errors group, then delivers every event once', async () => {
    // The worker is up and delivering: the on-call owner's own creation reached the audit log.
    await eventually(
      async () => Number((await auditRows()).n),
      (n) => n === 1,
      { timeoutMs: 15_000 },
    );

    proxy.down();
    const bus = direct.get(CommandBus);
    for (let i = 0; i < EVENTS; i++)
      await bus.execute(
        new CreateStaffCommand(owner, {
          telegramId: 941_000 + i,
          name: `Кассир ${i}`,
          role: StaffRole.Readonly,
        }),
      );
    const queue = direct.get<Queue>(getQueueToken(QueueName.DomainEvents), { strict: false });
    const relay = new OutboxRelay(direct.get(UnitOfWork), queue, direct.get(AppConfig));
    expect(await relay.relayOnce()).toBe(EVENTS);

    // Every event has now failed more often than the old policy allowed, and none gave up.
    const attempts = await eventually(
      async () => {
        const jobs = await queue.getJobs(['delayed', 'waiting', 'active', 'failed']);
        return jobs.filter((j) => j.data.type === 'staff.created').map((j) => j.attemptsMade);
      },
      (made) => made.length === EVENTS && made.every((n) => n > OLD_BUDGET + 2),
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(await queue.getFailedCount()).toBe(0);
    expect(proxy.refused).toBeGreaterThan(EVENTS);
    const alert = await sys.telegram.waitForCall(
      'sendMessage',
      (c) => c.params.chat_id === ON_CALL_TG,
      15_000,
    );
    expect(String(alert.params.text)).toContain('доставка событий');
    expect(Number((await auditRows()).n)).toBe(1);

    proxy.restore();
    const delivered = await eventually(auditRows, (r) => Number(r.n) === EVENTS + 1, { timeoutMs: 30_000 });
    expect(Number(delivered.events)).toBe(EVENTS + 1);
    expect(await queue.getFailedCount()).toBe(0);
    // Reported in the README: the most attempts one event took.
    console.info(`event delivery: ${EVENTS} events, up to ${Math.max(...attempts)} attempts each, 0 lost`);
  });
});
