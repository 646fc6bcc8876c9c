import { DomainEvent } from '@dvorik/persistence';

export type LockoutKind = 'login' | 'pos_address' | 'pos_key';

/** A brute-force lock engaged (password logins of one account, a till's address, the till key). */
export class SecurityLockoutEvent extends DomainEvent<{
  kind: LockoutKind;
  /** The Telegram id tried, or the till's address; null for the key. */
  subject: string | null;
  failures: number;
  lockedUntil: string;
  ip: string | null;
}> {
  static readonly type = 'security.lockout';
  readonly type = SecurityLockoutEvent.type;
}
