import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { CashierView } from '../cashier.entity';

/** What the owner's decisions about a cashier carry; each decision is its own command. */
export abstract class CashierDecisionCommand extends Command<CashierView> {
  constructor(
    readonly actor: Actor,
    readonly cashierId: number,
  ) {
    super();
  }
}
