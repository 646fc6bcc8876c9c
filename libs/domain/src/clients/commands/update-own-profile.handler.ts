import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { type Client, toClientView } from '../client.entity';
import { ClientAdminRepository } from '../client-admin.repository';
import { ClientError } from '../clients.errors';
import { ClientsRepository } from '../clients.repository';
import { ClientProfileUpdatedEvent } from '../events/client.events';
import { normalizePhone } from '../rules/client-fields.rule';
import { isOwnContact, parseClientName } from '../rules/own-profile.rule';
import { type OwnProfileChange, UpdateOwnProfileCommand } from './update-own-profile.command';

type ProfileColumns = Partial<
  Pick<Client, 'phone' | 'gender' | 'firstName' | 'lastName' | 'nameSetByClient'>
>;

@CommandHandler(UpdateOwnProfileCommand)
export class UpdateOwnProfileHandler implements ICommandHandler<UpdateOwnProfileCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clients: ClientsRepository,
    private readonly admin: ClientAdminRepository,
  ) {}

  async execute({ clientId, change }: UpdateOwnProfileCommand) {
    const client = await this.clients.findById(clientId);
    if (!client) throw ClientError.notFound({ clientId });
    const columns = this.columns(client, change);
    const now = new Date();
    await this.uow.run(async () => {
      await this.admin.update(clientId, { ...columns, updatedAt: now });
      await this.uow.record(
        new ClientProfileUpdatedEvent(
          { type: 'client', clientId },
          { type: 'client', id: clientId },
          { fields: [change.kind] },
        ),
      );
    });
    return toClientView({ ...client, ...columns, updatedAt: now }, await this.clients.tagsOf(clientId));
  }

  private columns(client: Client, change: OwnProfileChange): ProfileColumns {
    switch (change.kind) {
      case 'phone': {
        if (!isOwnContact(change.contactUserId, client.telegramId))
          throw ClientError.contactNotOwn(change.contactUserId);
        const phone = normalizePhone(change.phone);
        if (phone === null) throw ClientError.profileInvalid('phone');
        return { phone };
      }
      case 'gender':
        return { gender: change.gender };
      case 'name': {
        const name = parseClientName(change.text);
        if (name === null) throw ClientError.profileInvalid('name');
        return { ...name, nameSetByClient: true };
      }
    }
  }
}
