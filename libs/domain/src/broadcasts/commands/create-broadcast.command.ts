import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { BroadcastView } from '../broadcast.view';
import type { BroadcastAudience, BroadcastButton, BroadcastOrigin } from '../broadcast.types';

export interface BroadcastDraftInput {
  title: string;
  text: string;
  buttons?: BroadcastButton[][];
  audience?: BroadcastAudience;
  /** When to start once launched; absent: as soon as it is launched. */
  scheduledAt?: Date | null;
}

/** A draft: nothing is sent until it is launched. */
export class CreateBroadcastCommand extends Command<BroadcastView> {
  constructor(
    readonly actor: Actor,
    readonly input: BroadcastDraftInput,
    readonly origin: BroadcastOrigin = 'panel',
  ) {
    super();
  }
}
