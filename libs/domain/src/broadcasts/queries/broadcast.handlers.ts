import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { displayName } from '../../clients';
import { AudienceResolver } from '../audience.resolver';
import { Broadcast, BroadcastMedia } from '../broadcast.entity';
import { toBroadcastView } from '../broadcast.view';
import { BroadcastViewsFactory } from '../broadcast-views.factory';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastError } from '../broadcasts.errors';
import { RecipientsRepository } from '../recipients.repository';
import { pluralRu } from '../rules/plural-ru.rule';
import {
  EstimateBroadcastQuery,
  GetBroadcastQuery,
  ListBroadcastRecipientsQuery,
  ListBroadcastsQuery,
} from './broadcast.queries';

@QueryHandler(ListBroadcastsQuery)
export class ListBroadcastsHandler implements IQueryHandler<ListBroadcastsQuery> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly views: BroadcastViewsFactory,
  ) {}

  async execute({ filter, page, perPage }: ListBroadcastsQuery) {
    // Media metadata comes in the same query (the bytes are never selected).
    const qb = this.uow.manager
      .createQueryBuilder(Broadcast, 'b')
      .leftJoinAndMapOne('b.media', BroadcastMedia, 'm', 'm.broadcastId = b.id');
    if (filter.status) qb.andWhere('b.status = :status', { status: filter.status });
    if (filter.origin) qb.andWhere('b.origin = :origin', { origin: filter.origin });
    const [rows, total] = await qb
      .orderBy('b.id', 'DESC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
    const rate = await this.views.rate();
    const items = rows.map((b) =>
      toBroadcastView(b, (b as Broadcast & { media?: BroadcastMedia }).media ?? null, rate),
    );
    return { items, total, page, perPage };
  }
}

@QueryHandler(GetBroadcastQuery)
export class GetBroadcastHandler implements IQueryHandler<GetBroadcastQuery> {
  constructor(private readonly views: BroadcastViewsFactory) {}

  execute({ id }: GetBroadcastQuery) {
    return this.views.byId(id);
  }
}

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

@QueryHandler(ListBroadcastRecipientsQuery)
export class ListBroadcastRecipientsHandler implements IQueryHandler<ListBroadcastRecipientsQuery> {
  constructor(
    private readonly broadcasts: BroadcastsRepository,
    private readonly recipients: RecipientsRepository,
  ) {}

  async execute({ id, filter, page, perPage }: ListBroadcastRecipientsQuery) {
    if (!(await this.broadcasts.findById(id))) throw BroadcastError.notFound(id);
    const { rows, total } = await this.recipients.page(id, filter, page, perPage);
    const items = rows.map((r) => ({
      clientId: Number(r.client_id),
      telegramId: Number(r.chat_id),
      displayName: displayName({ firstName: r.first_name, lastName: r.last_name, username: r.username }),
      username: r.username,
      status: r.status,
      blocked: Number(r.blocked) === 1,
      attempts: Number(r.attempts),
      error: r.error,
      sentAt: r.sent_at,
    }));
    return { items, total, page, perPage };
  }
}
