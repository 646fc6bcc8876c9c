import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SYSTEM, UnitOfWork } from '@dvorik/persistence';
import { ClientsRepository } from '../clients.repository';
import { ClientBlockedEvent } from '../events/client.events';
import { MarkClientBlockedCommand } from './mark-client-blocked.command';

@CommandHandler(MarkClientBlockedCommand)
export class MarkClientBlockedHandler implements ICommandHandler<MarkClientBlockedCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clients: ClientsRepository,
  ) {}

  async execute({ ref }: MarkClientBlockedCommand) {
    const client =
      'clientId' in ref
        ? await this.clients.findById(ref.clientId)
        : await this.clients.findByTelegramId(ref.telegramId);
    // Unknown chat (a staff member, a deleted client): nothing to mark, not an error for a sender.
    if (!client) return { changed: false };
    const changed = await this.uow.run(async () => {
      const changed = await this.clients.markBlocked(client.id, new Date());
      if (changed) {
        await this.uow.record(
          new ClientBlockedEvent(
            SYSTEM,
            { type: 'client', id: client.id },
            { telegramId: client.telegramId },
          ),
        );
      }
      return changed;
    });
    return { changed };
  }
}
