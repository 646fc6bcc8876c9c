import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { BroadcastView } from '../broadcast.view';

/** Stops the sender taking new recipients of a sending broadcast; in-flight sends finish. */
export class PauseBroadcastCommand extends Command<BroadcastView> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
  ) {
    super();
  }
}
