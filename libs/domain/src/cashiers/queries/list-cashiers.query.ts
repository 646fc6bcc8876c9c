import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { CashierStatus, CashierView } from '../cashier.entity';

export class ListCashiersQuery extends Query<Page<CashierView>> {
  constructor(
    readonly filter: { status?: CashierStatus; isTest?: boolean },
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
