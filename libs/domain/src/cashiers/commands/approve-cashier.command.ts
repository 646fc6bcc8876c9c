import { CashierDecisionCommand } from './cashier-decision';

/** Owner: the cashier may check and redeem codes. Pressing twice is a no-op. */
export class ApproveCashierCommand extends CashierDecisionCommand {}
