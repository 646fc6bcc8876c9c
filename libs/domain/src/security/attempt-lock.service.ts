import { Injectable } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';
import { randomUUID } from 'node:crypto';

export interface LockPolicy {
  /** More failures than this within the window engage the lock. */
  failures: number;
  windowMs: number;
  lockMs: number;
}

export interface EngagedLock {
  lockedUntil: Date;
  failures: number;
}

/**
 * Brute-force protection by subject (`login:<telegramId>`, `pos-address:<ip>`, `pos-key`):
 * failed attempts are a sliding window in Redis, shared by every replica; past the policy's
 * limit the subject is locked for a while. The same mechanism as the cashiers' lock.
 */
@Injectable()
export class AttemptLockService {
  constructor(private readonly redis: RedisService) {}

  async lockedUntil(subject: string): Promise<Date | null> {
    const ttl = await this.redis.client.pttl(this.lockKey(subject));
    return ttl > 0 ? new Date(Date.now() + ttl) : null;
  }

  /** The lock of each subject (null where none), in one round trip: the till check's hot path. */
  async lockedUntilEach(subjects: readonly string[]): Promise<Array<Date | null>> {
    const pipeline = this.redis.client.pipeline();
    for (const subject of subjects) pipeline.pttl(this.lockKey(subject));
    const replies = (await pipeline.exec()) ?? [];
    const now = Date.now();
    return subjects.map((_, i) => {
      const ttl = Number(replies[i]?.[1] ?? -2);
      return ttl > 0 ? new Date(now + ttl) : null;
    });
  }

  /** Counts one failure; returns the lock only when this very failure engaged it (one alert). */
  async recordFailure(subject: string, policy: LockPolicy): Promise<EngagedLock | null> {
    const now = Date.now();
    const key = this.failuresKey(subject);
    const replies = await this.redis.client
      .multi()
      .zadd(key, now, `${now}:${randomUUID()}`)
      .zremrangebyscore(key, 0, now - policy.windowMs)
      .zcard(key)
      .pexpire(key, policy.windowMs)
      .exec();
    const failures = Number(replies?.[2]?.[1] ?? 0);
    if (failures <= policy.failures) return null;
    // NX: concurrent failures past the limit engage one lock and one owner alert.
    const engaged = await this.redis.client.set(
      this.lockKey(subject),
      String(now),
      'PX',
      policy.lockMs,
      'NX',
    );
    if (engaged !== 'OK') return null;
    await this.redis.client.del(key);
    return { lockedUntil: new Date(now + policy.lockMs), failures };
  }

  async clear(subject: string): Promise<void> {
    await this.redis.client.del(this.lockKey(subject), this.failuresKey(subject));
  }

  private lockKey(subject: string): string {
    return `attempt-lock:${subject}`;
  }

  private failuresKey(subject: string): string {
    return `attempt-failures:${subject}`;
  }
}
