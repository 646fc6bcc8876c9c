import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toClientView } from '../client.entity';
import { ClientsRepository } from '../clients.repository';
import { GetClientByTelegramIdQuery } from './get-client-by-telegram-id.query';

@QueryHandler(GetClientByTelegramIdQuery)
export class GetClientByTelegramIdHandler implements IQueryHandler<GetClientByTelegramIdQuery> {
  constructor(private readonly clients: ClientsRepository) {}

  async execute({ telegramId }: GetClientByTelegramIdQuery) {
    const client = await this.clients.findByTelegramId(telegramId);
    return client ? toClientView(client, await this.clients.tagsOf(client.id)) : null;
  }
}
