import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';

/**
 * Sends the broadcast as it is now to test clients only (all of them, or those of `clientIds`
 * that are test clients), through the test twin of the client bot when one is configured.
 */
export class RequestTestSendCommand extends Command<{ testRecipients: number }> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
    readonly clientIds?: number[],
  ) {
    super();
  }
}
