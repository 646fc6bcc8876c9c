import { DomainEvent } from '@dvorik/persistence';
import type { CashierStatus } from '../cashier.entity';

interface CashierFacts {
  telegramId: number;
  name: string;
  store: string | null;
  isTest: boolean;
}

/** A new request: owners get an alert with Approve/Reject buttons. */
export class CashierRequestedEvent extends DomainEvent<CashierFacts> {
  static readonly type = 'cashier.requested';
  readonly type = CashierRequestedEvent.type;
}

export class CashierStoreSetEvent extends DomainEvent<CashierFacts> {
  static readonly type = 'cashier.store_set';
  readonly type = CashierStoreSetEvent.type;
}

/** approve / reject / block: the cashier is told by a consumer; owners see who decided. */
export class CashierStatusChangedEvent extends DomainEvent<
  CashierFacts & { from: CashierStatus; to: CashierStatus }
> {
  static readonly type = 'cashier.status_changed';
  readonly type = CashierStatusChangedEvent.type;
}

/** Too many failed checks: owners are alerted; checks answer `locked` until `lockedUntil`. */
export class CashierLockedEvent extends DomainEvent<
  CashierFacts & { lockedUntil: string; failures: number }
> {
  static readonly type = 'cashier.locked';
  readonly type = CashierLockedEvent.type;
}
