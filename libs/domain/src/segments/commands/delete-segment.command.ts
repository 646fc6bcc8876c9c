import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';

export class DeleteSegmentCommand extends Command<{ deleted: true }> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
  ) {
    super();
  }
}
