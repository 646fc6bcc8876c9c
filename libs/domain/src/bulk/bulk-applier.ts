import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import { ClientError, MAX_TAGS_PER_CLIENT, TagClientsCommand } from '../clients';
import { IssueDiscountCommand } from '../discounts';
import { DomainError } from '../shared';
import { type BulkAction, type BulkFailure, type BulkResult, emptyBulkResult } from './bulk-action';

/**
 * One chunk of a bulk action, inside the caller's transaction. `strict` (the small, one-
 * transaction variant) throws on the first client that fails, so nothing is applied; a job
 * records the failure and goes on. Issuing is idempotent per run and client
 * (`manual:bulk:{run}:{client}`), so re-running a chunk issues nothing twice.
 */
@Injectable()
export class BulkApplier {
  constructor(private readonly commands: CommandBus) {}

  async apply(
    run: string,
    ids: number[],
    action: BulkAction,
    actor: Actor,
    strict: boolean,
  ): Promise<BulkResult> {
    const result = emptyBulkResult(0);
    const failures: BulkFailure[] = [];
    const fail = (clientId: number, code: string, message: string) => {
      if (strict) throw ClientError.bulkItemFailed(clientId, code, message);
      failures.push({ clientId, code, message });
    };
    const tags = await this.commands.execute(
      new TagClientsCommand({ clientIds: ids, addTags: action.addTags, removeTags: action.removeTags }),
    );
    for (const id of tags.missing) fail(id, 'CLIENT_NOT_FOUND', 'Client not found');
    for (const id of tags.overTagLimit)
      fail(id, 'CLIENT_INVALID', `Would have more than ${MAX_TAGS_PER_CLIENT} tags`);
    const targets = tags.tagged;
    result.untagged = tags.removed;
    result.tagged = tags.added;

    if (action.issueTemplateId !== null) {
      for (const clientId of targets) {
        try {
          const { created } = await this.commands.execute(
            new IssueDiscountCommand({
              actor,
              clientId,
              templateId: action.issueTemplateId,
              origin: 'manual',
              requestId: `bulk:${run}:${clientId}`,
              reason: action.reason,
            }),
          );
          if (created) result.issued++;
          else result.alreadyIssued++;
        } catch (error) {
          // Only refusals are an item's failure; anything else (a deadlock) re-runs the chunk.
          if (!(error instanceof DomainError)) throw error;
          fail(clientId, error.code, error.message);
        }
      }
    }
    return { ...result, processed: ids.length, failed: failures.length, failures };
  }
}
