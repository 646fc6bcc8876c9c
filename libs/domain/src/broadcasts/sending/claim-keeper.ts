import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import { RecipientClaimsRepository } from '../recipient-claims.repository';

/**
 * The lease on claimed recipients, kept in MySQL only (README «Reliability»): a worker renews its
 * rows' `claimed_at` (database clock) every third of BROADCAST_CLAIM_LEASE_MS, and only rows not
 * renewed for a whole lease go back to pending for another worker. Nothing here depends on Redis,
 * so a Redis restart (which loses every key) never makes a live worker look dead. The other half
 * is the holder's: it stops sending once its own last renewal is two thirds of a lease old
 * (SenderState.leaseUntil), before anyone may take its rows.
 */
@Injectable()
export class ClaimKeeper {
  private readonly logger = new Logger('BroadcastSender');

  constructor(
    private readonly claims: RecipientClaimsRepository,
    private readonly config: AppConfig,
  ) {}

  get leaseMs(): number {
    return this.config.env.BROADCAST_CLAIM_LEASE_MS;
  }

  /** How long after a successful renewal this worker may still send what it holds. */
  get holdMs(): number {
    return Math.floor((this.leaseMs * 2) / 3);
  }

  get renewEveryMs(): number {
    return Math.floor(this.leaseMs / 3);
  }

  async renew(workerId: string, broadcastIds: number[]): Promise<void> {
    await this.claims.renewClaims(workerId, broadcastIds);
  }

  /** Other workers' rows whose lease ran out go back to pending; returns how many. */
  async reclaimExpired(workerId: string, broadcastId: number): Promise<number> {
    const n = await this.claims.reclaimExpired(broadcastId, workerId, this.leaseMs);
    if (n > 0) this.logger.warn(`Reclaimed ${n} recipients of broadcast ${broadcastId} whose lease ran out`);
    return n;
  }
}
