import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { BroadcastView } from '../broadcast.view';

/** Stops a scheduled, sending or paused broadcast for good; who got it keeps it. */
export class CancelBroadcastCommand extends Command<BroadcastView> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
  ) {
    super();
  }
}
