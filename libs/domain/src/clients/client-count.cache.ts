import { Injectable } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';
import { createHash } from 'node:crypto';

/** Below this a count is cheap and always exact; above it a page's total may be seconds old. */
export const CACHED_COUNT_ABOVE = 10_000;
const TTL_SECONDS = 30;

/**
 * The total of a client list over hundreds of thousands of rows costs more than the page
 * itself (an index scan per request, ~100 ms at 1M). Paging through such a list reuses the
 * total for 30 s (shared by every API replica); small totals are never cached, so an edit
 * is visible at once where anyone would count.
 */
@Injectable()
export class ClientCountCache {
  constructor(private readonly redis: RedisService) {}

  async total(identity: unknown, count: () => Promise<number>): Promise<number> {
    const key = `client-count:${createHash('sha256').update(JSON.stringify(identity)).digest('hex')}`;
    const cached = await this.redis.client.get(key);
    if (cached !== null) return Number(cached);
    const total = await count();
    if (total > CACHED_COUNT_ABOVE) await this.redis.client.set(key, String(total), 'EX', TTL_SECONDS);
    return total;
  }
}
