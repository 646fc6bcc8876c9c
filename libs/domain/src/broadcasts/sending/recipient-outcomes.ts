import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { MarkClientBlockedCommand } from '../../clients';
import { BroadcastsRepository } from '../broadcasts.repository';
import { type ClaimedRecipient, RecipientClaimsRepository } from '../recipient-claims.repository';
import type { RecipientResult } from '../rules/send-outcome.rule';

/** A finished send waiting to be written. */
export interface SendResult {
  recipient: ClaimedRecipient;
  result: Extract<RecipientResult, { kind: 'sent' | 'failed' | 'retry' }>;
  at: Date;
}

const groupBy = <T>(items: T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

/**
 * Writes a batch of outcomes in one transaction: recipient rows, the broadcast's counters and
 * the clients who blocked the bot. Batching is what lets one worker record 1000 sends a second
 * on a database that syncs every commit; rows claimed by another worker meanwhile are skipped.
 */
@Injectable()
export class RecipientOutcomes {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly claims: RecipientClaimsRepository,
    private readonly broadcasts: BroadcastsRepository,
    private readonly commands: CommandBus,
  ) {}

  async record(workerId: string, results: SendResult[]): Promise<void> {
    if (results.length === 0) return;
    await this.uow.run(async () => {
      for (const [id, batch] of groupBy(results, (r) => String(r.recipient.broadcastId))) {
        await this.recordBroadcast(Number(id), workerId, batch);
      }
    });
  }

  private async recordBroadcast(broadcastId: number, workerId: string, batch: SendResult[]): Promise<void> {
    const ids = (items: SendResult[]) => items.map((r) => r.recipient.clientId);
    const counts = { sent: 0, failed: 0, blocked: 0 };
    let lastError: string | null = null;
    const at = batch[batch.length - 1].at;

    const sent = batch.filter((r) => r.result.kind === 'sent');
    if (sent.length > 0) counts.sent = await this.claims.markSent(broadcastId, workerId, ids(sent), at);

    const failed = batch.filter((r) => r.result.kind === 'failed');
    for (const group of groupBy(failed, (r) => failureKey(r)).values()) {
      const { error, blocked } = group[0].result as Extract<RecipientResult, { kind: 'failed' }>;
      const changed = await this.claims.markFailed(broadcastId, workerId, ids(group), error, blocked);
      counts.failed += changed;
      if (blocked) counts.blocked += changed;
      lastError = error;
      if (blocked && changed > 0) {
        // 403: the client blocked the bot — no broadcast, reminder or notice tries them again.
        for (const clientId of ids(group))
          await this.commands.execute(new MarkClientBlockedCommand({ clientId }));
      }
    }

    const retried = batch.filter((r) => r.result.kind === 'retry');
    for (const group of groupBy(retried, (r) => failureKey(r)).values()) {
      const { error, delayMs } = group[0].result as Extract<RecipientResult, { kind: 'retry' }>;
      await this.claims.markRetry(broadcastId, workerId, ids(group), error, new Date(at.getTime() + delayMs));
      lastError = error;
    }
    await this.broadcasts.addCounts(broadcastId, counts, lastError, at);
  }
}

function failureKey({ result }: SendResult): string {
  if (result.kind === 'failed') return `${result.blocked ? 1 : 0}:${result.error}`;
  if (result.kind === 'retry') return `${result.delayMs}:${result.error}`;
  return '';
}
