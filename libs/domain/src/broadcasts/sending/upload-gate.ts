import type { RedisService } from '@dvorik/persistence';
import type { BroadcastDelivery } from './broadcast-delivery';
import { type ActiveBroadcast, BROADCAST_BOT } from './sender-state';

const UPLOAD_LOCK_MS = 130_000;
const UPLOAD_WAIT_MS = 200;

/**
 * One upload of a broadcast's media at a time across all workers (a Redis lock); the others wait
 * for the file_id it stores and then send by file_id, so "only the first send uploads" holds
 * however many workers start at once.
 */
export class UploadGate {
  constructor(
    private readonly workerId: string,
    private readonly delivery: BroadcastDelivery,
    private readonly redis: RedisService,
  ) {}

  /** `upload`: this send carries the file (call `leave` after it); `reuse`: by file_id; `wait`: later. */
  async enter(b: ActiveBroadcast): Promise<'upload' | 'reuse' | 'wait'> {
    if (!this.delivery.needsUpload(b.sendable, BROADCAST_BOT) || !(await this.mustUpload(b))) return 'reuse';
    const taken = await this.redis.client.set(this.key(b), this.workerId, 'PX', UPLOAD_LOCK_MS, 'NX');
    if (taken === null) {
      b.waitUntil = performance.now() + UPLOAD_WAIT_MS;
      return 'wait';
    }
    b.uploading = true;
    // The holder before us may have finished between our look and our lock.
    if (await this.mustUpload(b)) return 'upload';
    await this.leave(b);
    return 'reuse';
  }

  async leave(b: ActiveBroadcast): Promise<void> {
    b.uploading = false;
    await this.redis.client.del(this.key(b));
  }

  /** Another worker may have uploaded the file meanwhile: its file_id is in the database then. */
  private async mustUpload(b: ActiveBroadcast): Promise<boolean> {
    await this.delivery.refreshFileIds(b.sendable);
    return this.delivery.needsUpload(b.sendable, BROADCAST_BOT);
  }

  private key(b: ActiveBroadcast): string {
    return `bsend:upload:${b.sendable.id}:${BROADCAST_BOT}`;
  }
}
