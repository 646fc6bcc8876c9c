import { Query } from '@nestjs/cqrs';
import type { CashierView } from '../cashier.entity';

export class GetCashierQuery extends Query<CashierView> {
  constructor(readonly id: number) {
    super();
  }
}
