import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { SegmentDeletedEvent } from '../events/segment.events';
import { SegmentError } from '../segments.errors';
import { SegmentsRepository } from '../segments.repository';
import { DeleteSegmentCommand } from './delete-segment.command';
import { segmentSnapshot } from './segment-input';

@CommandHandler(DeleteSegmentCommand)
export class DeleteSegmentHandler implements ICommandHandler<DeleteSegmentCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly segments: SegmentsRepository,
  ) {}

  execute({ actor, id }: DeleteSegmentCommand) {
    return this.uow.run(async () => {
      const before = await this.segments.findById(id, true);
      if (!before) throw SegmentError.notFound(id);
      if (before.presetKey) throw SegmentError.presetReadonly(id);
      await this.segments.delete(id);
      await this.uow.record(
        new SegmentDeletedEvent(actor, { type: 'segment', id }, { before: segmentSnapshot(before) }),
      );
      return { deleted: true as const };
    });
  }
}
