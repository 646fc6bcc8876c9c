import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { isDuplicateKeyError, UnitOfWork } from '@dvorik/persistence';
import { parseClientFilter } from '../../clients';
import { SegmentCreatedEvent, SegmentDeletedEvent, SegmentUpdatedEvent } from '../events/segment.events';
import type { Segment } from '../segment.entity';
import { SegmentError } from '../segments.errors';
import { SegmentsRepository } from '../segments.repository';
import { CreateSegmentCommand, DeleteSegmentCommand, UpdateSegmentCommand } from './save-segment.command';

const snapshot = (s: Pick<Segment, 'name' | 'description' | 'filter'>) => ({
  name: s.name,
  description: s.description,
  filter: s.filter,
});
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
          new SegmentCreatedEvent(actor, { type: 'segment', id: segment.id }, { after: snapshot(segment) }),
        );
        return segment;
      });
    } catch (error) {
      if (isDuplicateKeyError(error, 'uq_segments_name')) throw SegmentError.nameTaken(name);
      throw error;
    }
  }
}

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
            { before: snapshot(before), after: snapshot(after) },
          ),
        );
        return after;
      });
    } catch (error) {
      if (isDuplicateKeyError(error, 'uq_segments_name')) throw SegmentError.nameTaken(input.name ?? '');
      throw error;
    }
  }
}

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
        new SegmentDeletedEvent(actor, { type: 'segment', id }, { before: snapshot(before) }),
      );
      return { deleted: true as const };
    });
  }
}
