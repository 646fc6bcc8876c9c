import { CommandBus } from '@nestjs/cqrs';
import {
  ApproveCashierCommand,
  BroadcastFailedEvent,
  MessageTemplatesSeeder,
  RenderMessageQuery,
  RequestCashierAccessCommand,
  SetCashierStoreCommand,
  SettingsReader,
  ValidateDiscountCommand,
} from '@dvorik/domain';
import { JobName, QueueName } from '@dvorik/messaging';
import { UnitOfWork } from '@dvorik/persistence';
import { QueryBus } from '@nestjs/cqrs';
import { eventually, TEST_WAIT_MS } from '@dvorik/testing';
import { DateTime } from 'luxon';
import { Scheduler } from '../apps/worker/src/schedule/scheduler';
import { SCHEDULES } from '../apps/worker/src/schedule/schedules';
import { TOKENS, startTestSystem, type TestSystem } from './support/test-system';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { eventsSettled, jobCompleted } from './support/settle';

const OWNER_CHAT = 800_000;

describe('Administration: settings reach every process at once, are audited and alerted; failed-check bursts alert', () => {
  let sys: TestSystem;
  let t: RoleTokens;
  const staffMessages = async () =>
    sys.telegram.sentMessages({ token: TOKENS.staff, chatId: OWNER_CHAT }).map((m) => m.message.text ?? '');

  beforeAll(async () => {
    sys = await startTestSystem({
      label: 'admin_settings',
      apps: ['api', 'worker'],
      // The streak test triggers the failed-check watch itself; the minute's own trigger, running
      // beside it, could alert the same streak twice (each run marks it only after its commit).
      env: { SCHEDULES_OFF: 'evening.digest,evening.watch-anomalies,redemptions.watch-failures' },
    });
    t = await staffTokens(sys.apps.api!);
  });
  afterAll(() => sys?.close());

  it('another process drops its cached copy at once; the change is audited old → new and alerted', async () => {
    const workerSettings = sys.apps.worker!.get(SettingsReader);
    expect(await workerSettings.get('birthday_hour')).toBe(9); // cached for a minute from here on
    const patched = await sys.api('/api/v1/settings', {
      method: 'PATCH',
      token: t.owner,
      json: { birthday_hour: 11 },
    });
    expect(patched).toMatchObject({ status: 200, body: { birthday_hour: 11 } });
    const started = Date.now();
    // Well inside the minute the copy would otherwise stay cached, however loaded the machine.
    await eventually(
      () => workerSettings.get('birthday_hour'),
      (v) => v === 11,
      { timeoutMs: TEST_WAIT_MS, intervalMs: 20 },
    );
    expect(Date.now() - started).toBeLessThan(TEST_WAIT_MS);

    const audit = await eventually(
      () => sys.api('/api/v1/audit-log?action=settings.*', { token: t.owner }),
      (r) => r.body.total === 1,
    );
    expect(audit.body.items[0]).toMatchObject({
      action: 'settings.updated',
      actorStaffId: 1,
      payload: { changes: { birthday_hour: { before: 9, after: 11 } } },
    });
    const alert = await eventually(staffMessages, (texts) =>
      texts.some((x) => x.includes('birthday_hour: 9 → 11')),
    );
    expect(alert.find((x) => x.includes('birthday_hour'))).toContain('Test owner');
  });

  it('message templates: an edit in the API is what the worker renders next', async () => {
    const render = () =>
      sys.apps.worker!.get(QueryBus).execute(new RenderMessageQuery('export_ready', { count: '3' }));
    await sys.apps.api!.get(MessageTemplatesSeeder).seed();
    expect(await render()).toBe('📄 Выгрузка готова: 3 строк.');
    const saved = await sys.api('/api/v1/message-templates/export_ready', {
      method: 'PATCH',
      token: t.marketing,
      json: { body: 'Готово: {{count}} 📄' },
    });
    expect(saved.status).toBe(200);
    await eventually(render, (text) => text === 'Готово: 3 📄', { intervalMs: 20 });
    const preview = await sys.api('/api/v1/message-templates/export_ready/preview', {
      method: 'POST',
      token: t.marketing,
      json: { body: '{{first_name}}, {{count}}', values: { first_name: '<Вера>' } },
    });
    expect(preview.body).toMatchObject({ rendered: '&lt;Вера&gt;, 6' });
    const restored = await sys.api('/api/v1/message-templates/export_ready/restore-default', {
      method: 'POST',
      token: t.owner,
    });
    expect(restored.body).toMatchObject({ isDefault: true });
    await eventually(render, (text) => text.startsWith('📄'), { intervalMs: 20 });
  });

  it('more than five failed checks in a row by one cashier alert the redemptions group once', async () => {
    const commands = sys.apps.api!.get(CommandBus);
    const { cashier } = await commands.execute(
      new RequestCashierAccessCommand({ telegramId: 6_300_001, firstName: 'Ольга' }),
    );
    await commands.execute(new SetCashierStoreCommand(cashier.id, 'Светланская, 1'));
    await commands.execute(
      new ApproveCashierCommand({ type: 'staff', staffId: 1, role: 'owner' }, cashier.id),
    );
    for (let i = 0; i < 6; i++)
      await commands
        .execute(new ValidateDiscountCommand({ type: 'cashier', cashierId: cashier.id }, `ЖЖЖ000${i}`))
        .catch(() => null);
    const watch = SCHEDULES.find((s) => s.job === JobName.WatchFailedChecks)!;
    const scheduler = sys.apps.worker!.get(Scheduler);
    await scheduler.trigger(watch, DateTime.now().plus({ minutes: 1 }));
    const texts = await eventually(staffMessages, (all) =>
      all.some((x) => x.includes('неверных кодов подряд')),
    );
    expect(texts.find((x) => x.includes('подряд'))).toContain('Ольга (Светланская, 1) ввёл 6');
    // The same streak is not alerted again on the next tick.
    const nextTick = await scheduler.trigger(watch, DateTime.now().plus({ minutes: 2 }));
    await jobCompleted(sys, QueueName.Maintenance, nextTick);
    await eventsSettled(sys);
    expect((await staffMessages()).filter((x) => x.includes('подряд'))).toHaveLength(1);
  }, 30_000);

  it('a failed broadcast alerts the broadcasts group', async () => {
    const uow = sys.apps.api!.get(UnitOfWork);
    await uow.run(() =>
      uow.record(
        new BroadcastFailedEvent(
          { type: 'system' },
          { type: 'broadcast', id: 7 },
          {
            title: 'Новогодняя',
            origin: 'panel',
            reason: 'bot token revoked',
            total: 100,
            sent: 40,
            failed: 60,
            blocked: 0,
            isTest: false,
          },
        ),
      ),
    );
    const texts = await eventually(staffMessages, (all) => all.some((x) => x.includes('Новогодняя')));
    expect(texts.find((x) => x.includes('Новогодняя'))).toBe(
      '📣 Рассылка «Новогодняя» не удалась: bot token revoked (доставлено 40 из 100)',
    );
  });
});
