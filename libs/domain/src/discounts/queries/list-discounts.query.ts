import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { DiscountOrigin } from '../discount.entity';
import type { DiscountView } from '../discount.view';
import type { DiscountStatus } from '../rules/redeemability.rule';

export interface DiscountFilter {
  status?: DiscountStatus;
  clientId?: number;
  templateId?: number;
  origin?: DiscountOrigin;
  /** As typed: normalised like a cashier's input. */
  code?: string;
  issuedFrom?: Date;
  issuedTo?: Date;
  /** Test records are hidden unless asked for. */
  isTest?: boolean;
}

export class ListDiscountsQuery extends Query<Page<DiscountView>> {
  constructor(
    readonly filter: DiscountFilter,
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
