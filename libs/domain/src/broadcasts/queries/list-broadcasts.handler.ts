import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { Broadcast, BroadcastMedia } from '../broadcast.entity';
import { toBroadcastView } from '../broadcast.view';
import { BroadcastViewsFactory } from '../broadcast-views.factory';
import { ListBroadcastsQuery } from './list-broadcasts.query';

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
