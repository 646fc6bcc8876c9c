import { DomainEvent } from '@dvorik/persistence';
import type { DiscountOrigin } from '../discount.entity';

interface DiscountFacts {
  discountId: number;
  code: string;
  displayCode: string;
  templateId: number;
  templateName: string;
  clientId: number | null;
  clientTelegramId: number | null;
  valueText: string;
  expiresAt: string | null;
  expiresOn: string | null;
  isTest: boolean;
}

/** Consumers: the client is told of a manual/campaign issue, reminders are scheduled, stats. */
export class DiscountIssuedEvent extends DomainEvent<
  DiscountFacts & { origin: DiscountOrigin; reminderDays: number[] }
> {
  static readonly type = 'discount.issued';
  readonly type = DiscountIssuedEvent.type;
}

/** Consumers: the client is told in the client bot (a failure marks the log row, never undoes this). */
export class DiscountRedeemedEvent extends DomainEvent<
  DiscountFacts & {
    logId: number;
    cashierId: number | null;
    /** Where it was redeemed: the redemption log's channel (`redemptions` owns the log). */
    channel: 'bot' | 'pos' | 'api';
    store: string | null;
  }
> {
  static readonly type = 'discount.redeemed';
  readonly type = DiscountRedeemedEvent.type;
}

export class DiscountRevokedEvent extends DomainEvent<DiscountFacts & { reason: string | null }> {
  static readonly type = 'discount.revoked';
  readonly type = DiscountRevokedEvent.type;
}

export class RedemptionRolledBackEvent extends DomainEvent<{
  logId: number;
  discountId: number;
  code: string;
  reason: string;
  discountStatus: string;
}> {
  static readonly type = 'redemption.rolled_back';
  readonly type = RedemptionRolledBackEvent.type;
}

export function discountFacts(view: {
  id: number;
  code: string;
  displayCode: string;
  templateId: number;
  templateName: string;
  clientId: number | null;
  clientTelegramId: number | null;
  valueText: string;
  expiresAt: Date | null;
  expiresOn: string | null;
  isTest: boolean;
}): DiscountFacts {
  return {
    discountId: view.id,
    code: view.code,
    displayCode: view.displayCode,
    templateId: view.templateId,
    templateName: view.templateName,
    clientId: view.clientId,
    clientTelegramId: view.clientTelegramId,
    valueText: view.valueText,
    expiresAt: view.expiresAt?.toISOString() ?? null,
    expiresOn: view.expiresOn,
    isTest: view.isTest,
  };
}
