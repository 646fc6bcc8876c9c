import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { BroadcastView } from '../broadcast.view';

/** A paused broadcast goes on where it stopped. */
export class ResumeBroadcastCommand extends Command<BroadcastView> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
  ) {
    super();
  }
}
