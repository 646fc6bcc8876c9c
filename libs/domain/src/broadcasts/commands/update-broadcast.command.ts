import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { BroadcastView } from '../broadcast.view';
import type { BroadcastDraftInput } from './create-broadcast.command';

/** Changes a draft; a launched broadcast is what it was at launch. */
export class UpdateBroadcastCommand extends Command<BroadcastView> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
    readonly patch: Partial<BroadcastDraftInput>,
  ) {
    super();
  }
}
