import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { CashierView } from '../cashier.entity';

abstract class DecideCashierCommand extends Command<CashierView> {
  constructor(
    readonly actor: Actor,
    readonly cashierId: number,
  ) {
    super();
  }
}

/** Owner: the cashier may check and redeem codes. Pressing twice is a no-op. */
export class ApproveCashierCommand extends DecideCashierCommand {}
/** Owner: a pending request is turned down. */
export class RejectCashierCommand extends DecideCashierCommand {}
/** Owner: a cashier (or a request) loses access. */
export class BlockCashierCommand extends DecideCashierCommand {}
/** Owner: a blocked cashier works again (their failed-check lock is cleared too). */
export class UnblockCashierCommand extends DecideCashierCommand {}
