import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { AttemptLockService, type LockPolicy, type LockoutKind, SecurityLockoutEvent } from '../security';
import { SettingsReader } from '../settings';

/** The till key is shared by every till: it may fail this many times more than one address. */
export const POS_KEY_FACTOR = 5;
const KEY_SUBJECT = 'pos-key';
const addressSubject = (address: string) => `pos-address:${address}`;

/**
 * Brute-force protection of till checks (X-API-Key), as the cashiers' lock protects the bot:
 * unknown codes from one client address past `cashier_lock_failures` within
 * `cashier_lock_window_seconds` lock that address for `cashier_lock_minutes`; past
 * POS_KEY_FACTOR × that over all addresses, the key itself is locked. Only unknown codes count,
 * so a busy till redeeming real codes is never slowed. Each engaged lock alerts the owners.
 */
@Injectable()
export class TillLockService {
  constructor(
    private readonly locks: AttemptLockService,
    private readonly settings: SettingsReader,
    private readonly uow: UnitOfWork,
  ) {}

  async lockedUntil(address: string | null): Promise<{ until: Date; scope: 'address' | 'key' } | null> {
    const [key, byAddress] = await this.locks.lockedUntilEach(
      address ? [KEY_SUBJECT, addressSubject(address)] : [KEY_SUBJECT],
    );
    if (key) return { until: key, scope: 'key' };
    return byAddress ? { until: byAddress, scope: 'address' } : null;
  }

  /** Counts an unknown code; runs inside the check's transaction, so the alert commits with its log row. */
  async recordFailure(address: string | null): Promise<void> {
    const policy = await this.policy();
    if (address) {
      const lock = await this.locks.recordFailure(addressSubject(address), policy);
      if (lock) await this.alert('pos_address', address, lock);
    }
    const keyPolicy = { ...policy, failures: policy.failures * POS_KEY_FACTOR };
    const lock = await this.locks.recordFailure(KEY_SUBJECT, keyPolicy);
    if (lock) await this.alert('pos_key', null, lock);
  }

  private async policy(): Promise<LockPolicy> {
    const s = await this.settings.all();
    return {
      failures: s.cashier_lock_failures,
      windowMs: s.cashier_lock_window_seconds * 1000,
      lockMs: s.cashier_lock_minutes * 60_000,
    };
  }

  private alert(kind: LockoutKind, address: string | null, lock: { lockedUntil: Date; failures: number }) {
    return this.uow.record(
      new SecurityLockoutEvent(
        { type: 'pos', ip: address },
        { type: 'till', id: null },
        {
          kind,
          subject: address,
          failures: lock.failures,
          lockedUntil: lock.lockedUntil.toISOString(),
          ip: address,
        },
      ),
    );
  }
}
