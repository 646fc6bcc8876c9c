import { Query } from '@nestjs/cqrs';
import type { CashierView } from '../cashier.entity';

/** The staff bot's lookup: null for someone who never wrote to it. */
export class GetCashierByTelegramIdQuery extends Query<CashierView | null> {
  constructor(readonly telegramId: number) {
    super();
  }
}
