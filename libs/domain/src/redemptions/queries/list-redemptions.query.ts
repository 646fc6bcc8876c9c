import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { RedemptionAction, RedemptionChannel, RedemptionResult } from '../redemption-log.entity';

export interface RedemptionFilter {
  result?: RedemptionResult;
  /** Any of these results (the failed-checks monitor asks for every refusal at once). */
  results?: RedemptionResult[];
  action?: RedemptionAction;
  cashierId?: number;
  /** The store the cashier named (exact). */
  store?: string;
  clientId?: number;
  discountId?: number;
  /** Matches the discount's code (normalised) or the text as it was typed. */
  code?: string;
  from?: Date;
  to?: Date;
  isTest?: boolean;
}

/** A row of "who redeemed what, when" and of the failed-attempts monitor. */
export interface RedemptionView {
  id: number;
  action: RedemptionAction;
  result: RedemptionResult;
  message: string;
  codeEntered: string;
  discountId: number | null;
  discountCode: string | null;
  clientId: number | null;
  clientName: string | null;
  cashierId: number | null;
  cashierName: string | null;
  staffId: number | null;
  store: string | null;
  channel: RedemptionChannel;
  purchaseAmount: number | null;
  clientNotNotified: boolean;
  /** A subscription code redeemed while Telegram could not confirm the client is still subscribed. */
  subscriptionUnverified: boolean;
  rolledBackAt: Date | null;
  rolledBackBy: number | null;
  rollbackReason: string | null;
  isTest: boolean;
  createdAt: Date;
}

export class ListRedemptionsQuery extends Query<Page<RedemptionView>> {
  constructor(
    readonly filter: RedemptionFilter,
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
