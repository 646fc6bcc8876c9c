import { DomainEvent } from '@dvorik/persistence';

/** More than FAILED_BURST_THRESHOLD failed checks in a row by one cashier (DESIGN §2 Staff alerts). */
export class FailedChecksBurstEvent extends DomainEvent<{
  cashierId: number;
  cashierName: string;
  store: string | null;
  failures: number;
  since: string;
  isTest: boolean;
}> {
  static readonly type = 'redemptions.failed_burst';
  readonly type = FailedChecksBurstEvent.type;
}

/** "> 5 in a row" (DESIGN §2): the sixth failure without a success in between raises the alert. */
export const FAILED_BURST_THRESHOLD = 5;
