import { CashierDecisionCommand } from './cashier-decision';

/** Owner: a blocked cashier works again (their failed-check lock is cleared too). */
export class UnblockCashierCommand extends CashierDecisionCommand {}
