import { Injectable } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';
import { randomUUID } from 'node:crypto';
import { SettingsReader } from '../settings';

/**
 * Brute-force protection of the till check (DESIGN §2 Cashiers). Failed checks of a cashier
 * are a sliding window in Redis (shared by every bot and API replica); more than
 * `cashier_lock_failures` within `cashier_lock_window_seconds` locks checks for
 * `cashier_lock_minutes`. Redis, not MySQL: counting must cost nothing on the hot path.
 */
@Injectable()
export class CashierLockService {
  constructor(
    private readonly redis: RedisService,
    private readonly settings: SettingsReader,
  ) {}

  async lockedUntil(cashierId: number): Promise<Date | null> {
    const ttl = await this.redis.client.pttl(this.lockKey(cashierId));
    return ttl > 0 ? new Date(Date.now() + ttl) : null;
  }

  /** Counts one failed check; returns the lock only when this very failure engaged it. */
  async recordFailure(cashierId: number): Promise<{ lockedUntil: Date; failures: number } | null> {
    const settings = await this.settings.all();
    const now = Date.now();
    const windowMs = settings.cashier_lock_window_seconds * 1000;
    const key = this.failuresKey(cashierId);
    const replies = await this.redis.client
      .multi()
      .zadd(key, now, `${now}:${randomUUID()}`)
      .zremrangebyscore(key, 0, now - windowMs)
      .zcard(key)
      .pexpire(key, windowMs)
      .exec();
    const failures = Number(replies?.[2]?.[1] ?? 0);
    if (failures <= settings.cashier_lock_failures) return null;
    const lockMs = settings.cashier_lock_minutes * 60_000;
    // NX: concurrent failures past the limit engage one lock and one owner alert.
    const engaged = await this.redis.client.set(this.lockKey(cashierId), String(now), 'PX', lockMs, 'NX');
    if (engaged !== 'OK') return null;
    await this.redis.client.del(key);
    return { lockedUntil: new Date(now + lockMs), failures };
  }

  /** An owner's approval gives a fresh start. */
  async clear(cashierId: number): Promise<void> {
    await this.redis.client.del(this.lockKey(cashierId), this.failuresKey(cashierId));
  }

  private lockKey(cashierId: number): string {
    return `cashier-lock:${cashierId}`;
  }

  private failuresKey(cashierId: number): string {
    return `cashier-failures:${cashierId}`;
  }
}
