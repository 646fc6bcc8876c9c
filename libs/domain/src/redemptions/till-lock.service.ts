import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { AttemptLockService, type LockPolicy, type LockoutKind, SecurityLockoutEvent } from '../security';
import { SettingsReader } from '../settings';

/** The till key is shared by every till: it may fail this many times more than one address. */
export const POS_KEY_FACTOR = 5;
const KEY_SUBJECT = 'pos-key';
const addressSubject = (address: string) => `pos-address:${address}`;
/**
 * How long an address's «not locked» answer is reused before Redis is asked again. Every till
 * request asks, so this saves the till's hot path a Redis round trip per redeem; a lock that
 * another API process engages applies here within this time, one this process engages at once.
 */
export const UNLOCKED_REUSE_MS = 250;
/** Addresses remembered at most (then forgotten all at once): a spray of addresses cannot grow it. */
const UNLOCKED_ADDRESSES_MAX = 10_000;

/**
 * Brute-force protection of till checks (X-API-Key), as the cashiers' lock protects the bot:
 * unknown codes from one client address past `cashier_lock_failures` within
 * `cashier_lock_window_seconds` lock that address for `cashier_lock_minutes`; past
 * POS_KEY_FACTOR × that over all addresses, the key itself is locked. Only unknown codes count,
 * so a busy till redeeming real codes is never slowed. Each engaged lock alerts the owners.
 */
@Injectable()
export class TillLockService {
  /** Address (or '' for none) → until when its «not locked» answer may be reused. */
  private readonly unlocked = new Map<string, number>();
  /** Bumped whenever this process engages a lock: an answer read before then is not remembered. */
  private generation = 0;

  constructor(
    private readonly locks: AttemptLockService,
    private readonly settings: SettingsReader,
    private readonly uow: UnitOfWork,
  ) {}

  async lockedUntil(address: string | null): Promise<{ until: Date; scope: 'address' | 'key' } | null> {
    const remembered = address ?? '';
    if ((this.unlocked.get(remembered) ?? 0) > Date.now()) return null;
    const generation = this.generation;
    const [key, byAddress] = await this.locks.lockedUntilEach(
      address ? [KEY_SUBJECT, addressSubject(address)] : [KEY_SUBJECT],
    );
    if (key) return { until: key, scope: 'key' };
    if (byAddress) return { until: byAddress, scope: 'address' };
    if (generation === this.generation) {
      if (this.unlocked.size >= UNLOCKED_ADDRESSES_MAX) this.unlocked.clear();
      this.unlocked.set(remembered, Date.now() + UNLOCKED_REUSE_MS);
    }
    return null;
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
    // Engaged here: no remembered «not locked» answer outlives it in this process.
    this.generation++;
    this.unlocked.clear();
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
