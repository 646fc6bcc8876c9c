import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { BroadcastView } from '../broadcast.view';

/**
 * Launches a draft now or at `at` (else at the draft's `scheduledAt`). The worker freezes the
 * audience when the time comes and sends; HTTP never does.
 */
export class LaunchBroadcastCommand extends Command<BroadcastView> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
    readonly at: Date | null = null,
  ) {
    super();
  }
}
