import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { CashierStatus, CashierView } from '../cashier.entity';

export interface CashierFilter {
  status?: CashierStatus;
  isTest?: boolean;
}

export class ListCashiersQuery extends Query<Page<CashierView>> {
  constructor(
    readonly filter: CashierFilter,
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
