import { Query } from '@nestjs/cqrs';
import type { CashierView } from '../cashier.entity';

export class GetCashierQuery extends Query<CashierView> {
  constructor(readonly id: number) {
    super();
  }
}

/** The staff bot's lookup: null for someone who never wrote to it. */
export class GetCashierByTelegramIdQuery extends Query<CashierView | null> {
  constructor(readonly telegramId: number) {
    super();
  }
}
