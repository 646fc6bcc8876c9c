import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';

const KEY = 'metrics:redemption_checks';
/** How long this process gathers increments before it sends them in one round trip. */
const COUNTER_FLUSH_MS = 100;

export interface RedemptionCount {
  action: string;
  result: string;
  count: number;
}

/**
 * Every check and redemption by result, counted in Redis: the bots, the API and the Mini App all
 * log them, and any API replica's `/metrics` reports the shop-wide total. Each process gathers its
 * increments for COUNTER_FLUSH_MS and sends them in one pipeline, rather than a round trip per
 * check on the till's hot path; `read` sends this process's first, and closing the app (before
 * Redis closes) sends the rest. Best effort — a lost increment never fails a check (the
 * redemption log stays the record).
 */
@Injectable()
export class RedemptionCounter implements OnModuleDestroy {
  private readonly logger = new Logger(RedemptionCounter.name);
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly redis: RedisService) {}

  count(action: string, result: string): void {
    const field = `${action}:${result}`;
    this.pending.set(field, (this.pending.get(field) ?? 0) + 1);
    this.timer ??= setTimeout(() => void this.flush(), COUNTER_FLUSH_MS).unref();
  }

  async read(): Promise<RedemptionCount[]> {
    await this.flush();
    const all = await this.redis.client.hgetall(KEY);
    return Object.entries(all).map(([field, value]) => {
      const [action, result] = field.split(':');
      return { action, result, count: Number(value) };
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const pipeline = this.redis.client.pipeline();
    for (const [field, n] of batch) pipeline.hincrby(KEY, field, n);
    try {
      for (const [error] of (await pipeline.exec()) ?? []) if (error) throw error;
    } catch (error) {
      this.logger.warn(`Redemption counter not updated: ${String(error)}`);
    }
  }
}
