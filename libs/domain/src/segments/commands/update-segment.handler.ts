import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { parseClientFilter } from '../../clients';
import { SegmentUpdatedEvent } from '../events/segment.events';
import type { Segment } from '../segment.entity';
import { SegmentError } from '../segments.errors';
import { SegmentsRepository } from '../segments.repository';
import { segmentNameTakenOr, segmentSnapshot } from './segment-input';
import { UpdateSegmentCommand } from './update-segment.command';

@CommandHandler(UpdateSegmentCommand)
export class UpdateSegmentHandler implements ICommandHandler<UpdateSegmentCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly segments: SegmentsRepository,
  ) {}

  async execute({ actor, id, input }: UpdateSegmentCommand) {
    const filter = input.filter === undefined ? undefined : parseClientFilter(input.filter);
    try {
      return await this.uow.run(async () => {
        const before = await this.segments.findById(id, true);
        if (!before) throw SegmentError.notFound(id);
        if (before.presetKey) throw SegmentError.presetReadonly(id);
        const after: Segment = {
          ...before,
          name: input.name?.trim() ?? before.name,
          description: input.description === undefined ? before.description : input.description,
          filter: filter ?? before.filter,
          updatedAt: new Date(),
        };
        const { name, description, updatedAt } = after;
        await this.segments.update(id, { name, description, filter: after.filter, updatedAt });
        await this.uow.record(
          new SegmentUpdatedEvent(
            actor,
            { type: 'segment', id },
            { before: segmentSnapshot(before), after: segmentSnapshot(after) },
          ),
        );
        return after;
      });
    } catch (error) {
      throw segmentNameTakenOr(error, input.name ?? '');
    }
  }
}
