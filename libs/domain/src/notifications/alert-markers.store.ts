import { Injectable } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';

/** Which alerts were raised already: Redis keys that expire. */
@Injectable()
export class AlertMarkersStore {
  constructor(private readonly redis: RedisService) {}

  async raised(marker: string): Promise<boolean> {
    return (await this.redis.client.exists(marker)) > 0;
  }

  async mark(marker: string, ttlSeconds: number): Promise<void> {
    await this.redis.client.set(marker, '1', 'EX', ttlSeconds);
  }
}
