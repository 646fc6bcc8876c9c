import { Command } from '@nestjs/cqrs';
import type { BroadcastStatus } from '../broadcast.types';

/**
 * The sender's, once no recipient is left without an outcome: `sent`, or `failed` when nobody
 * at all could be reached. Exactly once, however many workers ask.
 */
export class FinishBroadcastCommand extends Command<{ status: BroadcastStatus | null }> {
  constructor(readonly id: number) {
    super();
  }
}
