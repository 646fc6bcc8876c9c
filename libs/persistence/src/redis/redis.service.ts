import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import type { ConnectionOptions } from 'bullmq';
import Redis from 'ioredis';

/**
 * The application's Redis: one prefixed client for keys (login tokens, dialog state, caches,
 * update de-duplication) and connection options for BullMQ, which namespaces by its own prefix.
 */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  readonly client: Redis;
  private readonly extra: Redis[] = [];

  constructor(private readonly config: AppConfig) {
    this.client = new Redis(config.redisUrl, { keyPrefix: `${config.redisPrefix}:`, lazyConnect: false });
  }

  /** Options for BullMQ connections: no ioredis keyPrefix (BullMQ refuses it), no retry limit. */
  bullConnectionOptions(): ConnectionOptions {
    const url = new URL(this.config.redisUrl);
    return {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: url.username || undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: Number(url.pathname.slice(1) || 0),
      tls: url.protocol === 'rediss:' ? {} : undefined,
      maxRetriesPerRequest: null,
    };
  }

  get bullPrefix(): string {
    return `${this.config.redisPrefix}:bull`;
  }

  /** A dedicated connection (pub/sub subscribers need their own); closed with the app. */
  duplicate(): Redis {
    const connection = this.client.duplicate();
    this.extra.push(connection);
    return connection;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([this.client, ...this.extra].map((c) => c.quit()));
  }
}
