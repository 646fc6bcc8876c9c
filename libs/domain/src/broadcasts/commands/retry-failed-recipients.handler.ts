import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { BroadcastViewsFactory } from '../broadcast-views.factory';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastRetryRequestedEvent } from '../events/broadcast.events';
import { RecipientsRepository } from '../recipients.repository';
import { lockedForAction } from './locked-for-action';
import { RetryFailedRecipientsCommand } from './retry-failed-recipients.command';

@CommandHandler(RetryFailedRecipientsCommand)
export class RetryFailedRecipientsHandler implements ICommandHandler<RetryFailedRecipientsCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly broadcasts: BroadcastsRepository,
    private readonly recipients: RecipientsRepository,
    private readonly views: BroadcastViewsFactory,
  ) {}

  async execute({ actor, id }: RetryFailedRecipientsCommand) {
    return this.uow.run(async () => {
      const current = await lockedForAction(this.broadcasts, id, 'retry_failed');
      const recipients = await this.recipients.retryFailed(id);
      if (recipients > 0) {
        // The broadcast row is locked, so no sender flush interleaves with this recount.
        const tally = await this.recipients.tally(id);
        await this.broadcasts.update(id, {
          sentCount: tally.sent,
          failedCount: tally.failed,
          blockedCount: tally.blocked,
          updatedAt: new Date(),
        });
        if (current.status === 'sent' || current.status === 'failed')
          await this.broadcasts.transition(id, [current.status], 'sending', {
            finished_at: null,
            failure_reason: null,
          });
        await this.uow.record(
          new BroadcastRetryRequestedEvent(actor, { type: 'broadcast', id }, { recipients }),
        );
      }
      return { broadcast: await this.views.byId(id), recipients };
    });
  }
}
