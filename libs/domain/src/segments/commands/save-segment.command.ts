import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { SegmentView } from '../segment.entity';

export interface SegmentInput {
  name: string;
  description?: string | null;
  /** Validated by the handler against the filter schema (SEGMENT_INVALID). */
  filter: unknown;
}

export class CreateSegmentCommand extends Command<SegmentView> {
  constructor(
    readonly actor: Actor,
    readonly input: SegmentInput,
  ) {
    super();
  }
}

export class UpdateSegmentCommand extends Command<SegmentView> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
    readonly input: Partial<SegmentInput>,
  ) {
    super();
  }
}

export class DeleteSegmentCommand extends Command<{ deleted: true }> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
  ) {
    super();
  }
}
