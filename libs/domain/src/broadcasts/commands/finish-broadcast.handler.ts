import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SYSTEM, UnitOfWork } from '@dvorik/persistence';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastFailedEvent, BroadcastSentEvent } from '../events/broadcast.events';
import { RecipientsRepository } from '../recipients.repository';
import { broadcastOutcome } from './broadcast-outcome';
import { FinishBroadcastCommand } from './finish-broadcast.command';

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
          new BroadcastFailedEvent(SYSTEM, entity, { ...broadcastOutcome(b), reason, isTest: false }),
        );
        return { status: 'failed' as const };
      }
      await this.broadcasts.transition(id, ['sending'], 'sent', { finished_at: now });
      await this.uow.record(new BroadcastSentEvent(SYSTEM, entity, broadcastOutcome(b)));
      return { status: 'sent' as const };
    });
  }
}
