import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SYSTEM, UnitOfWork } from '@dvorik/persistence';
import type { Broadcast } from '../broadcast.entity';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastFailedEvent, BroadcastSentEvent } from '../events/broadcast.events';
import { RecipientsRepository } from '../recipients.repository';
import { FailBroadcastCommand, FinishBroadcastCommand } from './finish-broadcast.command';

const outcome = (b: Broadcast) => ({
  title: b.title,
  origin: b.origin,
  total: b.total,
  sent: b.sentCount,
  failed: b.failedCount,
  blocked: b.blockedCount,
});

@CommandHandler(FinishBroadcastCommand)
export class FinishBroadcastHandler implements ICommandHandler<FinishBroadcastCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly broadcasts: BroadcastsRepository,
    private readonly recipients: RecipientsRepository,
  ) {}

  async execute({ id }: FinishBroadcastCommand) {
    return this.uow.run(async () => {
      const b = await this.broadcasts.findById(id, true);
      if (b?.status !== 'sending' || (await this.recipients.unfinished(id)) > 0) return { status: null };
      const now = new Date();
      const entity = { type: 'broadcast', id };
      if (b.sentCount === 0 && b.failedCount > 0) {
        const reason = `No recipient could be reached; last error: ${b.lastError ?? 'unknown'}`;
        await this.broadcasts.transition(id, ['sending'], 'failed', {
          finished_at: now,
          failure_reason: reason,
        });
        await this.uow.record(
          new BroadcastFailedEvent(SYSTEM, entity, { ...outcome(b), reason, isTest: false }),
        );
        return { status: 'failed' as const };
      }
      await this.broadcasts.transition(id, ['sending'], 'sent', { finished_at: now });
      await this.uow.record(new BroadcastSentEvent(SYSTEM, entity, outcome(b)));
      return { status: 'sent' as const };
    });
  }
}

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
            { ...outcome(b), reason, isTest: false },
          ),
        );
      return { failed: moved };
    });
  }
}
