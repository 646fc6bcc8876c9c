import { CashierDecisionCommand } from './cashier-decision';

/** Owner: a cashier (or a request) loses access. */
export class BlockCashierCommand extends CashierDecisionCommand {}
