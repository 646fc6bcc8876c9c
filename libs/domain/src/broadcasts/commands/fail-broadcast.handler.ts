import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SYSTEM, UnitOfWork } from '@dvorik/persistence';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastFailedEvent } from '../events/broadcast.events';
import { broadcastOutcome } from './broadcast-outcome';
import { FailBroadcastCommand } from './fail-broadcast.command';

@CommandHandler(FailBroadcastCommand)
export class FailBroadcastHandler implements ICommandHandler<FailBroadcastCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly broadcasts: BroadcastsRepository,
  ) {}

  async execute({ id, reason }: FailBroadcastCommand) {
    return this.uow.run(async () => {
      const b = await this.broadcasts.findById(id, true);
      if (!b) return { failed: false };
      const moved = await this.broadcasts.transition(id, ['scheduled', 'sending', 'paused'], 'failed', {
        finished_at: new Date(),
        failure_reason: reason.slice(0, 512),
      });
      if (moved)
        await this.uow.record(
          new BroadcastFailedEvent(
            SYSTEM,
            { type: 'broadcast', id },
            { ...broadcastOutcome(b), reason, isTest: false },
          ),
        );
      return { failed: moved };
    });
  }
}
