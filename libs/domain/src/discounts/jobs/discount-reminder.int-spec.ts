import { getQueueToken } from '@nestjs/bullmq';
import { type DiscountIssuedEvent, IssueDiscountCommand, RedeemDiscountCommand } from '@dvorik/domain';
import { QueueName } from '@dvorik/messaging';
import type { EnvelopeOf } from '@dvorik/persistence';
import type { Job, Queue } from 'bullmq';
import {
  aClient,
  anOwner,
  aTemplate,
  createDomainTestApp,
  type DomainTestApp,
  json,
  POS,
} from '@dvorik/testing';
import { DiscountReminderScheduler } from '../consumers/discount-reminder.scheduler';
import { DiscountReminderJob, type DiscountReminderData } from './discount-reminder.job';

describe('discount reminders (MariaDB + Redis)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('reminders');
  });
  afterAll(() => app.close());

  async function issued(reminderDays: number[]) {
    const client = await aClient(app);
    const template = await aTemplate(app, { validityDays: 30, reminderDays });
    const { discount } = await app.commands.execute(
      new IssueDiscountCommand({
        actor: anOwner(),
        clientId: client.id,
        templateId: template.id,
        origin: 'manual',
      }),
    );
    const [row] = await app.sql<{ envelope: unknown }>(
      "SELECT envelope FROM outbox WHERE type = 'discount.issued' AND JSON_VALUE(envelope, '$.entity.id') = ?",
      [discount.id],
    );
    return { discount, event: json<EnvelopeOf<DiscountIssuedEvent>>(row.envelope) };
  }

  it('schedules one delayed job per reminder day at noon shop time, once however often the event arrives', async () => {
    const { discount, event } = await issued([7, 25]);
    const scheduler = app.context.get(DiscountReminderScheduler);
    await scheduler.consume(event);
    await scheduler.consume(event);
    const queue = app.context.get<Queue>(getQueueToken(QueueName.Reminders), { strict: false });
    const jobs = (await queue.getDelayed()).filter(
      (j) => (j.data as DiscountReminderData).discountId === discount.id,
    );
    expect(jobs.map((j) => j.id).sort()).toEqual([
      `discount-reminder.${discount.id}.25`,
      `discount-reminder.${discount.id}.7`,
    ]);
    const seven = jobs.find((j) => j.id!.endsWith('.7'))!;
    // BullMQ stamps the job a millisecond or two after the delay was computed: compare to the second.
    const fireAt = new Date(Math.round((seven.timestamp + seven.delay) / 1000) * 1000);
    expect(fireAt.toISOString()).toMatch(/T02:00:00\.000Z$/); // 12:00 in Vladivostok
  });

  it('reminds only while the code is unused and valid', async () => {
    const job = app.context.get(DiscountReminderJob);
    const run = (discountId: number) =>
      job.process({ data: { discountId, day: 7 } } as Job<DiscountReminderData>);
    const { discount } = await issued([7]);
    expect(await run(discount.id)).toEqual({ reminded: true });
    const due = await app.sql(
      "SELECT id FROM outbox WHERE type = 'discount.reminder_due' AND JSON_VALUE(envelope, '$.entity.id') = ?",
      [discount.id],
    );
    expect(due).toHaveLength(1);
    await app.commands.execute(new RedeemDiscountCommand({ actor: POS, codeInput: discount.code }));
    expect(await run(discount.id)).toEqual({ reminded: false });
  });
});
