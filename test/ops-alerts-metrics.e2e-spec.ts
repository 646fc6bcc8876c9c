import { getQueueToken } from '@nestjs/bullmq';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  AccessTokenIssuer,
  BroadcastSentEvent,
  CreateStaffCommand,
  FindStaffByTelegramIdQuery,
  NotificationGroup,
  StaffRole,
} from '@dvorik/domain';
import { QueueName } from '@dvorik/messaging';
import { type RecordableEvent, UnitOfWork } from '@dvorik/persistence';
import { aBroadcast, clientRows, eventually, recountClientTotals } from '@dvorik/testing';
import type { Queue } from 'bullmq';
import { sqlFor } from './support/shop-setup';
import { freePort, startTestSystem, type TestSystem, TOKENS } from './support/test-system';

jest.setTimeout(90_000);

const ERRORS_STAFF = 950_001;

/** Alerts to the `errors` group and the metrics the original lacked (issue 15). */
describe('ops: errors alerts, redemption metrics, the worker’s own /metrics, KPIs', () => {
  let sys: TestSystem;
  let workerPort: number;

  beforeAll(async () => {
    workerPort = await freePort();
    sys = await startTestSystem({
      label: 'opsalerts',
      apps: ['api', 'worker'],
      env: { WORKER_METRICS_PORT: String(workerPort) },
    });
    await sys.apps.api!.get(CommandBus).execute(
      new CreateStaffCommand(
        { type: 'system' },
        {
          telegramId: ERRORS_STAFF,
          name: 'Дежурный',
          role: StaffRole.Owner,
          notificationGroups: [NotificationGroup.Errors],
        },
      ),
    );
  });
  afterAll(() => sys?.close());

  const alerts = () =>
    sys.telegram.sentMessages({ token: TOKENS.staff, chatId: ERRORS_STAFF }).map((m) => m.message.text ?? '');

  const record = (event: RecordableEvent) => {
    const uow = sys.apps.api!.get(UnitOfWork);
    return uow.run(() => uow.record(event));
  };

  it('a broadcast with send errors beyond the threshold alerts `errors`; one under it does not', async () => {
    const sent = (title: string, failed: number, blocked: number) =>
      new BroadcastSentEvent(
        { type: 'system' },
        { type: 'broadcast', id: title.length },
        {
          title,
          origin: 'panel',
          total: 100,
          sent: 100 - failed,
          failed,
          blocked,
        },
      );
    // 30 failed but 28 of them blocked the bot: 2 % errors, under the default 5 %.
    await record(sent('Почти без ошибок', 30, 28));
    await record(sent('С ошибками', 10, 2));
    const alert = await eventually(
      async () => alerts().find((t) => t.includes('не доставлено из-за ошибок')),
      Boolean,
      { timeoutMs: 15_000 },
    );
    expect(alert).toContain('«С ошибками»: 8 сообщений');
    expect(alerts().filter((t) => t.includes('Почти без ошибок'))).toEqual([]);
  });

  it('a job that fails its last attempt alerts `errors`', async () => {
    const queue = sys.apps.worker!.get<Queue>(getQueueToken(QueueName.Maintenance), { strict: false });
    await queue.add('no-such-job', {}, { jobId: 'doomed-1', attempts: 1 });
    const alert = await eventually(async () => alerts().find((t) => t.includes('doomed-1')), Boolean, {
      timeoutMs: 15_000,
    });
    expect(alert).toContain('не выполнена после всех попыток');
    expect(alert).toContain('Unknown job "no-such-job"');
  });

  it('/metrics counts checks by result; the worker serves its own metrics port', async () => {
    const check = (code: string) =>
      fetch(`${sys.apiUrl}/api/v1/discounts/validate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': sys.env.POS_API_KEY! },
        body: JSON.stringify({ code }),
      });
    expect((await check('ДЯА4589')).status).toBe(404);
    expect((await check('ДЯА4580')).status).toBe(404);
    const metrics = await eventually(
      async () => (await fetch(`${sys.apiUrl}/metrics`)).text(),
      (body) => body.includes('dvorik_redemption_checks_total{action="check",result="not_found"} 2'),
      { timeoutMs: 10_000 },
    );
    expect(metrics).toContain('# TYPE dvorik_redemption_checks_total counter');

    const worker = await fetch(`http://127.0.0.1:${workerPort}/metrics`);
    expect(worker.status).toBe(200);
    const body = await worker.text();
    // The staff alerts above went out from the worker.
    expect(body).toMatch(/dvorik_telegram_calls_total\{bot="staff",method="sendMessage",outcome="ok"\} \d+/);
    expect((await fetch(`http://127.0.0.1:${workerPort}/other`)).status).toBe(404);
  });

  it('KPIs: active vs blocked clients, broadcasts sent, the overall redemption rate, in /stats/kpis and /dashboard', async () => {
    const owner = sys.apps.api!;
    const staff = await owner.get(QueryBus).execute(new FindStaffByTelegramIdQuery(ERRORS_STAFF));
    const token = owner.get(AccessTokenIssuer).sign(staff!);
    const sql = sqlFor(sys);
    await clientRows(sql, [{ first_name: 'a' }, { first_name: 'b' }, { first_name: 'c', status: 'blocked' }]);
    // Rows written by SQL keep the totals registration keeps (ClientTotalsRepository.recount).
    await recountClientTotals(sql);
    await aBroadcast(sql, {
      title: 'Готово',
      status: 'sent',
      total: 3,
      sent_count: 3,
      finished_at: new Date(),
    });
    const kpis = await sys.api('/api/v1/stats/kpis', { token });
    expect(kpis.status).toBe(200);
    expect(kpis.body).toMatchObject({
      clients: { active: 2, blocked: 1, banned: 0 },
      broadcasts: { sent: 1, delivered: 3 },
      redemptionRate: { issued: 0, redeemed: 0, rate: 0 },
    });
    const dashboard = await sys.api('/api/v1/dashboard', { token });
    expect(dashboard.body.kpis).toEqual({
      clients: kpis.body.clients,
      broadcasts: kpis.body.broadcasts,
      redemptionRate: kpis.body.redemptionRate,
    });
  });
});
