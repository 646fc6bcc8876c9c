import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastDeletedEvent } from '../events/broadcast.events';
import { DeleteBroadcastCommand } from './delete-broadcast.command';
import { lockedForAction } from './locked-for-action';

@CommandHandler(DeleteBroadcastCommand)
export class DeleteBroadcastHandler implements ICommandHandler<DeleteBroadcastCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly broadcasts: BroadcastsRepository,
  ) {}

  async execute({ actor, id }: DeleteBroadcastCommand): Promise<void> {
    await this.uow.run(async () => {
      const draft = await lockedForAction(this.broadcasts, id, 'edit');
      await this.broadcasts.delete(id);
      await this.uow.record(
        new BroadcastDeletedEvent(
          actor,
          { type: 'broadcast', id },
          { title: draft.title, origin: draft.origin },
        ),
      );
    });
  }
}
