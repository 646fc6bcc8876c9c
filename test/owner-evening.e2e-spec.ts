import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Clock, CreateStaffCommand, NotificationGroup, StaffRole, SYSTEM } from '@dvorik/domain';
import { JobName, QueueName } from '@dvorik/messaging';
import { UnitOfWork } from '@dvorik/persistence';
import {
  aBroadcast,
  aCampaign,
  aCashierRow,
  clientRows,
  eventually,
  redemptionRows,
  type Sql,
} from '@dvorik/testing';
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
/** A worker's raw SQL, as the kit's row factories take it. */
const sqlOn =
  (app: INestApplicationContext): Sql =>
  (query, params) =>
    app.get(UnitOfWork).manager.query(query, params);

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
    await redemptionRows(
      sqlOn(workers[0]),
      [...Array<string>(3).fill('success'), ...Array<string>(20).fill('not_found')].map((result, i) => ({
        store: 'Светланская, 1',
        channel: 'api' as const,
        result,
        created_at: at(i < 3 ? 60 * (i + 1) : 1 + (i % 5)),
      })),
    );
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
    const sql = sqlOn(workers[0]);
    const ago = (minutes: number) => NOW.minus({ minutes }).toJSDate();
    // A new cashier (median 0) with 10 redemptions today.
    const cashierId = await aCashierRow(sql, { name: 'Вера', store: 'ТЦ Океан', created_at: ago(600) });
    await redemptionRows(
      sql,
      Array.from({ length: 10 }, (_, i) => ({
        cashier_id: cashierId,
        store: 'ТЦ Океан',
        created_at: ago(30 + i),
      })),
    );
    // A month-old campaign: 20 registrations, never a redemption.
    const campaignId = await aCampaign(sql, {
      name: 'Листовки',
      source_key: 'flyers',
      created_at: ago(30 * 24 * 60),
    });
    await clientRows(
      sql,
      Array.from({ length: 20 }, () => ({
        first_name: 'К',
        source: 'flyers',
        campaign_id: campaignId,
        created_at: ago(20 * 24 * 60),
      })),
    );
    // A broadcast finished an hour ago: 3 of 40 recipients blocked the bot (7.5 %).
    const broadcastId = await aBroadcast(sql, {
      title: 'Распродажа',
      status: 'sent',
      finished_at: ago(60),
      total: 40,
      sent_count: 37,
      blocked_count: 3,
      failed_count: 3,
      created_at: ago(120),
    });

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
