import { Command } from '@nestjs/cqrs';
import type { CashierView } from '../cashier.entity';

/** The cashier answers the bot's «в каком магазине вы работаете?». */
export class SetCashierStoreCommand extends Command<CashierView> {
  constructor(
    readonly cashierId: number,
    readonly store: string,
  ) {
    super();
  }
}
