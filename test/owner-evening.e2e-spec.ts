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
      expect(digests[0]).toContain('Неудачных проверок кодов: 20, из них «код не найден»: 20');
    }
    expect(texts(MARKETER)).toEqual([]);
  });

  it('a burst of not_found checks alerts the anomalies group once', async () => {
    const results = await fireOnEveryWorker(JobName.WatchAnomalies);
    expect(results.flatMap((r) => r.alerted as string[])).toEqual(['not_found_burst:shop:2026-11-18']);
    const alerts = texts(OWNER).filter((t) => t.startsWith('🔎 Всплеск неверных кодов'));
    expect(alerts).toEqual([
      '🔎 Всплеск неверных кодов: 20 проверок «код не найден» за последние 10 минут по всем кассам. Похоже, коды подбирают.',
    ]);
    expect(texts(READER).filter((t) => t.includes('Всплеск'))).toEqual([]);
    expect(texts(MARKETER)).toEqual([]);
  });
});
