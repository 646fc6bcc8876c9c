import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AudienceResolver } from '../audience.resolver';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastError } from '../broadcasts.errors';
import { pluralRu } from '../rules/plural-ru.rule';
import { EstimateBroadcastQuery } from './estimate-broadcast.query';

@QueryHandler(EstimateBroadcastQuery)
export class EstimateBroadcastHandler implements IQueryHandler<EstimateBroadcastQuery> {
  constructor(
    private readonly broadcasts: BroadcastsRepository,
    private readonly audience: AudienceResolver,
  ) {}

  async execute({ id }: EstimateBroadcastQuery) {
    const broadcast = await this.broadcasts.findById(id);
    if (!broadcast) throw BroadcastError.notFound(id);
    const count = await this.audience.count(broadcast.audience);
    const people = pluralRu(count, ['пользователю', 'пользователям', 'пользователям']);
    return { count, message: `Вы собираетесь отправить ${count} ${people}` };
  }
}
