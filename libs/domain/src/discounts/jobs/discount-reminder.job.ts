import { JobHandler, JobName, type JobProcessor } from '@dvorik/messaging';
import { SYSTEM, UnitOfWork } from '@dvorik/persistence';
import type { Job } from 'bullmq';
import { DiscountViewsFactory } from '../discount-views.factory';
import { DiscountsRepository } from '../discounts.repository';
import { DiscountReminderDueEvent } from '../events/discount-reminder-due.event';
import { checkRedeemable } from '../rules/redeemability.rule';

export interface DiscountReminderData {
  discountId: number;
  day: number;
}

/**
 * Fires on a template's reminder day (a delayed job, see DiscountReminderScheduler). Only a
 * code that is still unused and valid is reminded of; the message itself is sent by the
 * consumer of DiscountReminderDueEvent, so a Telegram failure retries the send, not this check.
 */
@JobHandler(JobName.DiscountReminder)
export class DiscountReminderJob implements JobProcessor<DiscountReminderData, { reminded: boolean }> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly discounts: DiscountsRepository,
    private readonly views: DiscountViewsFactory,
  ) {}

  async process(job: Job<DiscountReminderData>) {
    const row = await this.discounts.findById(job.data.discountId);
    if (!row || row.discount.usage !== 'single' || checkRedeemable(row.discount, new Date()) !== 'ok') {
      return { reminded: false };
    }
    const view = await this.views.view(row);
    if (view.clientId === null || view.clientTelegramId === null) return { reminded: false };
    await this.uow.run(() =>
      this.uow.record(
        new DiscountReminderDueEvent(
          SYSTEM,
          { type: 'discount', id: view.id },
          {
            discountId: view.id,
            day: job.data.day,
            clientId: view.clientId!,
            clientTelegramId: view.clientTelegramId!,
            displayCode: view.displayCode,
            valueText: view.valueText,
            expiresOn: view.expiresOn,
            isTest: view.isTest,
          },
        ),
      ),
    );
    return { reminded: true };
  }
}
