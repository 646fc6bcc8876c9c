import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { SegmentView } from '../segment.entity';
import type { SegmentInput } from './segment-input';

export class CreateSegmentCommand extends Command<SegmentView> {
  constructor(
    readonly actor: Actor,
    readonly input: SegmentInput,
  ) {
    super();
  }
}
