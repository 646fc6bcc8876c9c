import { Injectable } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';
import { createHash, randomBytes } from 'node:crypto';

export const LOGIN_TOKEN_TTL_SECONDS = 600;

/**
 * One-time login tokens for the admin panel, kept in Redis (shared by every API replica).
 * Only a hash is stored, so a Redis dump does not hand out sessions; GETDEL makes use atomic.
 */
@Injectable()
export class LoginTokenStore {
  constructor(private readonly redis: RedisService) {}

  async issue(staffId: number): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url'); // 256 bits from the CSPRNG
    await this.redis.client.set(this.key(token), String(staffId), 'EX', LOGIN_TOKEN_TTL_SECONDS);
    return { token, expiresAt: new Date(Date.now() + LOGIN_TOKEN_TTL_SECONDS * 1000) };
  }

  /** The staff id the token was issued for, or null; a token works exactly once. */
  async consume(token: string): Promise<number | null> {
    if (!/^[A-Za-z0-9_-]{20,128}$/.test(token)) return null;
    const staffId = await this.redis.client.getdel(this.key(token));
    return staffId === null ? null : Number(staffId);
  }

  private key(token: string): string {
    return `login-token:${createHash('sha256').update(token).digest('hex')}`;
  }
}
