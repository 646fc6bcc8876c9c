import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { parseClientFilter } from '../../clients';
import { SegmentCreatedEvent } from '../events/segment.events';
import { SegmentsRepository } from '../segments.repository';
import { CreateSegmentCommand } from './create-segment.command';
import { segmentNameTakenOr, segmentSnapshot } from './segment-input';

const staffIdOf = (actor: CreateSegmentCommand['actor']) => (actor.type === 'staff' ? actor.staffId : null);

@CommandHandler(CreateSegmentCommand)
export class CreateSegmentHandler implements ICommandHandler<CreateSegmentCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly segments: SegmentsRepository,
  ) {}

  async execute({ actor, input }: CreateSegmentCommand) {
    const filter = parseClientFilter(input.filter);
    const now = new Date();
    const name = input.name.trim();
    try {
      return await this.uow.run(async () => {
        const values = { name, description: input.description ?? null, filter, presetKey: null };
        const segment = await this.segments.insert({
          ...values,
          createdBy: staffIdOf(actor),
          createdAt: now,
          updatedAt: now,
        });
        await this.uow.record(
          new SegmentCreatedEvent(
            actor,
            { type: 'segment', id: segment.id },
            { after: segmentSnapshot(segment) },
          ),
        );
        return segment;
      });
    } catch (error) {
      throw segmentNameTakenOr(error, name);
    }
  }
}
