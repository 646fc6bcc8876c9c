import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toClientView } from '../client.entity';
import { ClientError } from '../clients.errors';
import { ClientsRepository } from '../clients.repository';
import { GetClientQuery } from './get-client.query';

@QueryHandler(GetClientQuery)
export class GetClientHandler implements IQueryHandler<GetClientQuery> {
  constructor(private readonly clients: ClientsRepository) {}

  async execute({ id }: GetClientQuery) {
    const client = await this.clients.findById(id);
    if (!client) throw ClientError.notFound({ id });
    return toClientView(client, await this.clients.tagsOf(id));
  }
}
