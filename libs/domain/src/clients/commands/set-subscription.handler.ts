import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { ClientError } from '../clients.errors';
import { ClientsRepository } from '../clients.repository';
import { ClientSubscriptionChangedEvent } from '../events/client.events';
import { SetSubscriptionCommand } from './set-subscription.command';

@CommandHandler(SetSubscriptionCommand)
export class SetSubscriptionHandler implements ICommandHandler<SetSubscriptionCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clients: ClientsRepository,
  ) {}

  async execute({ clientId, subscribed }: SetSubscriptionCommand) {
    const client = await this.clients.findById(clientId);
    if (!client) throw ClientError.notFound({ clientId });
    const changed = await this.uow.run(async () => {
      const changed = await this.clients.setSubscription(clientId, subscribed, new Date());
      // Only real transitions are events: campaign funnels count subscriptions from them.
      if (changed) {
        await this.uow.record(
          new ClientSubscriptionChangedEvent(
            { type: 'client', clientId },
            { type: 'client', id: clientId },
            { subscribed, isTest: client.isTest },
          ),
        );
      }
      return changed;
    });
    return { changed, subscribed };
  }
}
