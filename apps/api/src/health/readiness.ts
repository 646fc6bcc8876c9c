import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Graceful shutdown as the load balancer sees it: on SIGTERM `/health/ready` turns 503 at once,
 * while the server keeps answering for SHUTDOWN_DRAIN_MS, so the balancer takes the replica out
 * before it stops accepting; then Nest closes the server, which lets in-flight requests finish
 * before the database and Redis are closed.
 */
@Injectable()
export class Readiness implements BeforeApplicationShutdown {
  private readonly logger = new Logger(Readiness.name);
  private draining = false;

  constructor(private readonly config: AppConfig) {}

  get shuttingDown(): boolean {
    return this.draining;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.draining = true;
    const ms = this.config.env.SHUTDOWN_DRAIN_MS;
    this.logger.log(`Shutting down: not ready, draining for ${ms} ms`);
    await sleep(ms);
  }
}
