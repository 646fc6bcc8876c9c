import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { AudienceResolver } from '../audience.resolver';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastError } from '../broadcasts.errors';
import { BroadcastTestRequestedEvent } from '../events/broadcast.events';
import { RequestTestSendCommand } from './request-test-send.command';

@CommandHandler(RequestTestSendCommand)
export class RequestTestSendHandler implements ICommandHandler<RequestTestSendCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly broadcasts: BroadcastsRepository,
    private readonly audience: AudienceResolver,
  ) {}

  async execute({ actor, id, clientIds }: RequestTestSendCommand) {
    const broadcast = await this.broadcasts.findById(id);
    if (!broadcast) throw BroadcastError.notFound(id);
    const testers = await this.audience.testClients(clientIds);
    if (testers.length === 0) throw BroadcastError.noTestClients();
    const ids = testers.map((t) => t.clientId);
    // The worker sends (paced like any broadcast): an HTTP request never waits on Telegram.
    await this.uow.run(() =>
      this.uow.record(new BroadcastTestRequestedEvent(actor, { type: 'broadcast', id }, { clientIds: ids })),
    );
    return { testRecipients: ids.length };
  }
}
