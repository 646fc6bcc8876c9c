import { Injectable, Logger } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';

const KEY = 'metrics:redemption_checks';

export interface RedemptionCount {
  action: string;
  result: string;
  count: number;
}

/**
 * Every check and redemption by result, counted in Redis: the bots, the API and the Mini App all
 * log them, and any API replica's `/metrics` reports the shop-wide total. Best effort — a lost
 * increment never fails a check (the redemption log stays the record).
 */
@Injectable()
export class RedemptionCounter {
  private readonly logger = new Logger(RedemptionCounter.name);

  constructor(private readonly redis: RedisService) {}

  count(action: string, result: string): void {
    this.redis.client.hincrby(KEY, `${action}:${result}`, 1).catch((error: unknown) => {
      this.logger.warn(`Redemption counter not updated: ${String(error)}`);
    });
  }

  async read(): Promise<RedemptionCount[]> {
    const all = await this.redis.client.hgetall(KEY);
    return Object.entries(all).map(([field, value]) => {
      const [action, result] = field.split(':');
      return { action, result, count: Number(value) };
    });
  }
}
