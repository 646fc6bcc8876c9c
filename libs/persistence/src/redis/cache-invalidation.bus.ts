import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import type Redis from 'ioredis';
import { RedisService } from './redis.service';

/**
 * In-process caches (settings, message templates) are dropped in every process the moment
 * one of them changes something: a Redis pub/sub message per topic. Channels are not keys, so
 * ioredis does not prefix them; the Redis prefix is spelled into the channel name instead.
 * A lost message (Redis restarting) only delays a change until the cache's own TTL.
 */
@Injectable()
export class CacheInvalidationBus implements OnModuleInit {
  private readonly logger = new Logger(CacheInvalidationBus.name);
  private readonly handlers = new Map<string, Array<() => void>>();
  private readonly channel: string;
  private subscriber: Redis | null = null;

  constructor(
    private readonly redis: RedisService,
    config: AppConfig,
  ) {
    this.channel = `${config.redisPrefix}:cache-invalidation`;
  }

  async onModuleInit(): Promise<void> {
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('message', (channel: string, topic: string) => {
      if (channel === this.channel) this.deliver(topic);
    });
    await this.subscriber.subscribe(this.channel);
  }

  on(topic: string, handler: () => void): void {
    this.handlers.set(topic, [...(this.handlers.get(topic) ?? []), handler]);
  }

  /** Drops this process's copy at once and tells every other process to drop theirs. */
  async publish(topic: string): Promise<void> {
    this.deliver(topic);
    try {
      await this.redis.client.publish(this.channel, topic);
    } catch (error) {
      this.logger.warn(`Could not publish invalidation of ${topic}: ${String(error)}`);
    }
  }

  private deliver(topic: string): void {
    for (const handler of this.handlers.get(topic) ?? []) handler();
  }
}
