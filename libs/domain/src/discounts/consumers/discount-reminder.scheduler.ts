import { InjectQueue } from '@nestjs/bullmq';
import { AppConfig } from '@dvorik/config';
import { EventConsumer, JobName, QueueName } from '@dvorik/messaging';
import type { EnvelopeOf } from '@dvorik/persistence';
import type { Queue } from 'bullmq';
import { toShopTime } from '../../shared';
import { DiscountIssuedEvent } from '../events/discount.events';
import type { DiscountReminderData } from '../jobs/discount-reminder.job';

/** Reminders go out at noon shop time: never at night, whatever time the code was issued. */
export const REMINDER_HOUR = 12;

/**
 * Turns `discount.issued` into one delayed job per reminder day. The job id is derived from
 * the discount and the day, so a redelivered event schedules nothing twice.
 */
@EventConsumer('discount-reminders', [DiscountIssuedEvent])
export class DiscountReminderScheduler {
  constructor(
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async consume(event: EnvelopeOf<DiscountIssuedEvent>): Promise<void> {
    const { payload } = event;
    const issuedAt = new Date(event.occurredAt);
    const expiresAt = payload.expiresAt ? new Date(payload.expiresAt) : null;
    for (const day of payload.reminderDays) {
      const fireAt = toShopTime(issuedAt, this.config.timeZone)
        .plus({ days: day })
        .set({ hour: REMINDER_HOUR, minute: 0, second: 0, millisecond: 0 })
        .toJSDate();
      if (expiresAt && fireAt >= expiresAt) continue;
      const data: DiscountReminderData = { discountId: payload.discountId, day };
      await this.queue.add(JobName.DiscountReminder, data, {
        jobId: `discount-reminder.${payload.discountId}.${day}`,
        delay: Math.max(0, fireAt.getTime() - Date.now()),
      });
    }
  }
}
