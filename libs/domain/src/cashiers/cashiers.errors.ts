import { DomainError } from '../shared';
import type { CashierStatus } from './cashier.entity';

export enum CashierErrorCode {
  NotFound = 'CASHIER_NOT_FOUND',
  NotActive = 'CASHIER_NOT_ACTIVE',
  Locked = 'CASHIER_LOCKED',
  PosLocked = 'POS_LOCKED',
  InvalidTransition = 'CASHIER_INVALID_TRANSITION',
  StoreInvalid = 'CASHIER_STORE_INVALID',
}

export class CashierError extends DomainError<CashierErrorCode> {
  static notFound(ref: Record<string, unknown>) {
    return new CashierError(CashierErrorCode.NotFound, 'Cashier not found', ref);
  }
  static notActive(status: CashierStatus) {
    return new CashierError(CashierErrorCode.NotActive, 'The cashier is not approved to check codes', {
      status,
    });
  }
  static locked(lockedUntil: Date) {
    const message = 'Too many failed checks; checking is locked for a while';
    return new CashierError(CashierErrorCode.Locked, message, { lockedUntil: lockedUntil.toISOString() });
  }
  /** The till key, or one till's address, guessed too many codes that do not exist. */
  static posLocked(lockedUntil: Date, scope: 'address' | 'key') {
    const message = 'Too many unknown codes from this till; checking is locked for a while';
    return new CashierError(CashierErrorCode.PosLocked, message, {
      lockedUntil: lockedUntil.toISOString(),
      scope,
    });
  }
  static invalidTransition(from: CashierStatus, decision: string) {
    return new CashierError(CashierErrorCode.InvalidTransition, `Cannot ${decision} a ${from} cashier`, {
      from,
      decision,
    });
  }
  static storeInvalid() {
    return new CashierError(CashierErrorCode.StoreInvalid, 'The store name must be 1–128 characters');
  }

  private constructor(code: CashierErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
