import { CashierDecisionCommand } from './cashier-decision';

/** Owner: a pending request is turned down. */
export class RejectCashierCommand extends CashierDecisionCommand {}
