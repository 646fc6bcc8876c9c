import { Injectable, Logger } from '@nestjs/common';
import { RedisService } from '@dvorik/persistence';
import { RecipientClaimsRepository } from '../recipient-claims.repository';

/** A worker that has not said it is alive for this long is dead: its claims go back to pending. */
export const HEARTBEAT_TTL_MS = 6_000;
/** The backstop for a live worker that stopped renewing (stuck): its claims expire too. */
export const HARD_LEASE_MS = 5 * 60_000;

/**
 * The lease on claimed recipients: each worker keeps a heartbeat in Redis and renews its rows'
 * `claimed_at`; rows of a worker whose heartbeat is gone (killed, crashed) are reclaimed, so
 * its broadcast resumes elsewhere. Only what it sent and had not yet recorded is sent twice.
 */
@Injectable()
export class ClaimKeeper {
  private readonly logger = new Logger('BroadcastSender');

  constructor(
    private readonly redis: RedisService,
    private readonly claims: RecipientClaimsRepository,
  ) {}

  async heartbeat(workerId: string): Promise<void> {
    await this.redis.client.set(this.key(workerId), '1', 'PX', HEARTBEAT_TTL_MS);
  }

  async stop(workerId: string): Promise<void> {
    await this.redis.client.del(this.key(workerId));
  }

  async renew(workerId: string, broadcastIds: number[]): Promise<void> {
    await this.claims.renewClaims(workerId, broadcastIds);
  }

  /** Returns how many rows went back to pending. */
  async reclaimDead(workerId: string, broadcastId: number): Promise<number> {
    let reclaimed = 0;
    const now = Date.now();
    for (const { claimedBy, oldest } of await this.claims.claimers(broadcastId)) {
      if (claimedBy === workerId) continue;
      const stale = oldest.getTime() < now - HARD_LEASE_MS;
      const dead = !stale && (await this.redis.client.exists(this.key(claimedBy))) === 0;
      if (!stale && !dead) continue;
      // A claim made in the last second may belong to a worker that is just starting up.
      const before = new Date(stale ? now - HARD_LEASE_MS : now - 1000);
      const n = await this.claims.reclaim(broadcastId, claimedBy, before);
      if (n > 0) this.logger.warn(`Reclaimed ${n} recipients of broadcast ${broadcastId} from ${claimedBy}`);
      reclaimed += n;
    }
    return reclaimed;
  }

  private key(workerId: string): string {
    return `bsend:alive:${workerId}`;
  }
}
