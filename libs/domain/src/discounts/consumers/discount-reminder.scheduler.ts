import { InjectQueue } from '@nestjs/bullmq';
import { AppConfig } from '@dvorik/config';
import { EventConsumer, type DomainEventConsumer, JobName, QueueName } from '@dvorik/messaging';
import type { EventEnvelope } from '@dvorik/persistence';
import type { Queue } from 'bullmq';
import { toShopTime } from '../../shared';
import type { DiscountIssuedEvent } from '../events/discount.events';
import type { DiscountReminderData } from '../jobs/discount-reminder.job';

/** Reminders go out at noon shop time: never at night, whatever time the code was issued. */
export const REMINDER_HOUR = 12;

/**
 * Turns `discount.issued` into one delayed job per reminder day. The job id is derived from
 * the discount and the day, so a redelivered event schedules nothing twice.
 */
@EventConsumer('discount-reminders')
export class DiscountReminderScheduler implements DomainEventConsumer {
  constructor(
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  accepts(type: string): boolean {
    return type === 'discount.issued';
  }

  async consume(event: EventEnvelope): Promise<void> {
    const payload = event.payload as DiscountIssuedEvent['payload'];
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
