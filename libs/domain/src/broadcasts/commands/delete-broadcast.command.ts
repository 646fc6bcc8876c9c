import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';

/** Deletes a draft (and its media); launched broadcasts stay for their history. */
export class DeleteBroadcastCommand extends Command<void> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
  ) {
    super();
  }
}
