import { Injectable } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';
import { createHash, randomBytes } from 'node:crypto';
import { Clock } from '../shared';

export const LOGIN_TOKEN_TTL_SECONDS = 600;

/**
 * One-time login tokens for the admin panel, kept in Redis (shared by every API replica).
 * Only a hash is stored, so a Redis dump does not hand out sessions; GETDEL makes use atomic.
 * The issue time is stored too and checked against the Clock (Redis's own expiry only clears
 * the key), so the 10 minutes are a rule a test can prove with a fake clock.
 */
@Injectable()
export class LoginTokenStore {
  constructor(
    private readonly redis: RedisService,
    private readonly clock: Clock,
  ) {}

  async issue(staffId: number): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url'); // 256 bits from the CSPRNG
    const issuedAt = this.clock.now().getTime();
    await this.redis.client.set(this.key(token), `${staffId}:${issuedAt}`, 'EX', LOGIN_TOKEN_TTL_SECONDS);
    return { token, expiresAt: new Date(issuedAt + LOGIN_TOKEN_TTL_SECONDS * 1000) };
  }

  /** The staff id the token was issued for, or null (unknown, used or expired); a token works once. */
  async consume(token: string): Promise<number | null> {
    if (!/^[A-Za-z0-9_-]{20,128}$/.test(token)) return null;
    const stored = await this.redis.client.getdel(this.key(token));
    if (stored === null) return null;
    const [staffId, issuedAt] = stored.split(':').map(Number);
    if (issuedAt !== undefined && this.clock.now().getTime() - issuedAt > LOGIN_TOKEN_TTL_SECONDS * 1000)
      return null;
    return staffId ?? null;
  }

  private key(token: string): string {
    return `login-token:${createHash('sha256').update(token).digest('hex')}`;
  }
}
