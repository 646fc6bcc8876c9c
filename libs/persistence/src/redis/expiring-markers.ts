import { Injectable } from '@nestjs/common';
import { RedisService } from './redis.service';

/**
 * Redis keys that expire: «done once» markers (an alert raised, a file delivered, a day's run
 * finished) and short claims that let one worker of many go ahead. Jobs and consumers use these
 * instead of reaching Redis themselves.
 */
@Injectable()
export class ExpiringMarkers {
  constructor(private readonly redis: RedisService) {}

  async has(key: string): Promise<boolean> {
    return (await this.redis.client.exists(key)) > 0;
  }

  async set(key: string, ttlSeconds: number): Promise<void> {
    await this.redis.client.set(key, '1', 'EX', ttlSeconds);
  }

  /** true for the one caller that set the key; it expires after `ttlMs` unless cleared first. */
  async claim(key: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.client.set(key, '1', 'PX', ttlMs, 'NX')) !== null;
  }

  async clear(key: string): Promise<void> {
    await this.redis.client.del(key);
  }
}
