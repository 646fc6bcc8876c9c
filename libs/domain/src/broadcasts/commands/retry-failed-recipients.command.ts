import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { BroadcastView } from '../broadcast.view';

/**
 * Sends again to the failed recipients only (not to those whose client is blocked or banned now);
 * a finished broadcast goes back to `sending`.
 */
export class RetryFailedRecipientsCommand extends Command<{ broadcast: BroadcastView; recipients: number }> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
  ) {
    super();
  }
}
