import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Clock, CreateStaffCommand, NotificationGroup, StaffRole, SYSTEM } from '@dvorik/domain';
import { JobName, QueueName } from '@dvorik/messaging';
import { UnitOfWork } from '@dvorik/persistence';
import { eventually } from '@dvorik/testing';
import type { Queue } from 'bullmq';
import { DateTime } from 'luxon';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { Scheduler } from '../apps/worker/src/schedule/scheduler';
import { SCHEDULES } from '../apps/worker/src/schedule/schedules';
import { eventsSettled } from './support/settle';
import { startTestSystem, TOKENS, type TestSystem } from './support/test-system';

jest.setTimeout(180_000);

const ZONE = 'Asia/Vladivostok';
/** Wednesday 18.11.2026, 21:00:30 shop time: the digest hour has come. */
const NOW = DateTime.fromISO('2026-11-18T21:00:30', { zone: ZONE });
const OWNER = 810_001;
const MARKETER = 810_002; // broadcasts only: hears neither
const READER = 810_003; // digest only: no anomalies

/**
 * The owner's evening with three workers on one database, one Redis and the Telegram emulator:
 * each fires the digest and the anomaly watch for a different minute (as workers catching up
 * do), three jobs run, and the staff chats get exactly one digest and one alert.
 */
describe("The owner's evening: three workers, one digest", () => {
  let sys: TestSystem;
  let workers: INestApplicationContext[];

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'evening', apps: ['worker'] });
    workers = [sys.apps.worker!, await createWorkerApp(sys.env), await createWorkerApp(sys.env)];
    jest.spyOn(Clock.prototype, 'now').mockImplementation(() => NOW.toJSDate());
    const commands = workers[0].get(CommandBus);
    for (const [telegramId, name, role, groups] of [
      [OWNER, 'Анна', StaffRole.Owner, undefined],
      [MARKETER, 'Мила', StaffRole.Marketing, [NotificationGroup.Broadcasts]],
      [READER, 'Олег', StaffRole.Readonly, [NotificationGroup.Digest]],
    ] as const) {
      await commands.execute(
        new CreateStaffCommand(SYSTEM, { telegramId, name, role, notificationGroups: groups && [...groups] }),
      );
    }
    // Today: three redemptions at one store and 20 `not_found` checks in the last ten minutes.
    const at = (minutesAgo: number) => NOW.minus({ minutes: minutesAgo }).toJSDate();
    for (const [i, result] of [
      ...Array<string>(3).fill('success'),
      ...Array<string>(20).fill('not_found'),
    ].entries()) {
      await workers[0].get(UnitOfWork).manager.query(
        `INSERT INTO redemption_log (action, code_entered, store, channel, result, message, created_at)
         VALUES ('redeem', 'X', 'Светланская, 1', 'api', ?, '', ?)`,
        [result, at(i < 3 ? 60 * (i + 1) : 1 + (i % 5))],
      );
    }
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await Promise.all(workers.slice(1).map((w) => w.close()));
    await sys?.close();
  });

  const texts = (chatId: number) =>
    sys.telegram.sentMessages({ token: TOKENS.staff, chatId }).map((m) => m.message.text ?? '');

  async function fireOnEveryWorker(job: JobName) {
    const schedule = SCHEDULES.find((s) => s.job === job)!;
    const ids = await Promise.all(
      workers.map((w, i) => w.get(Scheduler).trigger(schedule, NOW.startOf('minute').plus({ minutes: i }))),
    );
    expect(new Set(ids).size).toBe(3);
    const queue = workers[0].get<Queue>(getQueueToken(QueueName.Maintenance), { strict: false });
    const jobs = await eventually(
      () => Promise.all(ids.map((id) => queue.getJob(id))),
      (found) => found.every((j) => j?.finishedOn !== undefined),
    );
    await eventsSettled(sys);
    return jobs.map((j) => j!.returnvalue as Record<string, unknown>);
  }

  it('the digest group gets the day once; the others get nothing', async () => {
    const results = await fireOnEveryWorker(JobName.SendEveningDigest);
    expect(results.filter((r) => r.sent === true)).toHaveLength(1);
    expect(results.filter((r) => r.skipped === 'already_sent')).toHaveLength(2);

    for (const chat of [OWNER, READER]) {
      const digests = texts(chat).filter((t) => t.includes('Итоги дня 18.11.2026'));
      expect(digests).toHaveLength(1);
      expect(digests[0]).toContain('Погашено кодов: 3 (в тот же день неделю назад: 0)');
      expect(digests[0]).toContain('• Светланская, 1 — 3 / 0');
      expect(digests[0]).toContain('• без кассира (касса, панель) — 3 / 0'); // the till API redeemed them
      expect(digests[0]).toContain('Неудачных проверок кодов: 20, из них «код не найден»: 20');
    }
    expect(texts(MARKETER)).toEqual([]);
  });

  it('each anomaly alerts the anomalies group once, in Russian', async () => {
    const sql = (query: string, params: unknown[]) => workers[0].get(UnitOfWork).manager.query(query, params);
    const ago = (minutes: number) => NOW.minus({ minutes }).toJSDate();
    // A new cashier (median 0) with 10 redemptions today.
    const { insertId: cashierId } = (await sql(
      `INSERT INTO cashiers (telegram_id, name, store, status, created_at, updated_at)
       VALUES (820001, 'Вера', 'ТЦ Океан', 'active', ?, ?)`,
      [ago(600), ago(600)],
    )) as { insertId: number };
    for (let i = 0; i < 10; i++) {
      await sql(
        `INSERT INTO redemption_log (action, code_entered, cashier_id, store, channel, result, message, created_at)
         VALUES ('redeem', 'X', ?, 'ТЦ Океан', 'bot', 'success', '', ?)`,
        [cashierId, ago(30 + i)],
      );
    }
    // A month-old campaign: 20 registrations, never a redemption.
    const { insertId: campaignId } = (await sql(
      'INSERT INTO campaigns (name, source_key, created_at) VALUES (?, ?, ?)',
      ['Листовки', 'flyers', ago(30 * 24 * 60)],
    )) as { insertId: number };
    for (let i = 0; i < 20; i++) {
      await sql(
        `INSERT INTO clients (telegram_id, first_name, source, source_normalized, campaign_id, last_activity_at,
           created_at, updated_at) VALUES (?, 'К', 'flyers', 'flyers', ?, ?, ?, ?)`,
        [830_000 + i, campaignId, ago(20 * 24 * 60), ago(20 * 24 * 60), ago(20 * 24 * 60)],
      );
    }
    // A broadcast finished an hour ago: 3 of 40 recipients blocked the bot (7.5 %).
    const { insertId: broadcastId } = (await sql(
      `INSERT INTO broadcasts (title, text, buttons, audience, status, origin, finished_at, total, sent_count,
         blocked_count, failed_count, created_at, updated_at)
       VALUES ('Распродажа', 't', '[]', '{}', 'sent', 'panel', ?, 40, 37, 3, 3, ?, ?)`,
      [ago(60), ago(120), ago(120)],
    )) as { insertId: number };

    const results = await fireOnEveryWorker(JobName.WatchAnomalies);
    expect(results.flatMap((r) => r.alerted as string[]).sort()).toEqual(
      [
        `broadcast_blocked:${broadcastId}:2026-11-18`,
        `cashier_spike:${cashierId}:2026-11-18`,
        'not_found_burst:shop:2026-11-18',
        `quiet_campaign:${campaignId}:2026-11-18`,
      ].sort(),
    );
    const alerts = texts(OWNER).filter((t) => !t.includes('Итоги дня'));
    expect(alerts.sort()).toEqual(
      [
        '📈 Необычно много погашений: кассир Вера (ТЦ Океан) погасил(а) сегодня 10 кодов, обычно — 0 в день (медиана за 4 недели). Проверьте, всё ли в порядке.',
        '🔎 Всплеск неверных кодов: 20 проверок «код не найден» за последние 10 минут по всем кассам. Похоже, коды подбирают.',
        '💤 Кампания «Листовки»: 20 регистраций, но ни одного погашения за 7 дней. Возможно, стоит изменить предложение.',
        '🚫 После рассылки «Распродажа» бота заблокировали 3 из 40 получателей (7,5 %). Возможно, рассылки слишком частые.',
      ].sort(),
    );
    expect(texts(READER).filter((t) => !t.includes('Итоги дня'))).toEqual([]);
    expect(texts(MARKETER)).toEqual([]);
  });
});
