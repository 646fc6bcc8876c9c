import { DomainEvent } from '@dvorik/persistence';

/** A reminder day came and the code is still unused and valid: a consumer sends `discount_reminder`. */
export class DiscountReminderDueEvent extends DomainEvent<{
  discountId: number;
  day: number;
  clientId: number;
  clientTelegramId: number;
  displayCode: string;
  valueText: string;
  expiresOn: string | null;
  isTest: boolean;
}> {
  static readonly type = 'discount.reminder_due';
  readonly type = DiscountReminderDueEvent.type;
}
