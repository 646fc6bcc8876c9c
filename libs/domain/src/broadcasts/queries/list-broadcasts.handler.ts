import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toBroadcastView } from '../broadcast.view';
import { BroadcastViewsFactory } from '../broadcast-views.factory';
import { BroadcastsRepository } from '../broadcasts.repository';
import { ListBroadcastsQuery } from './list-broadcasts.query';

@QueryHandler(ListBroadcastsQuery)
export class ListBroadcastsHandler implements IQueryHandler<ListBroadcastsQuery> {
  constructor(
    private readonly broadcasts: BroadcastsRepository,
    private readonly views: BroadcastViewsFactory,
  ) {}

  async execute({ filter, page, perPage }: ListBroadcastsQuery) {
    const [rows, total] = await this.broadcasts.page(filter, page, perPage);
    const rate = await this.views.rate();
    const items = rows.map((b) => toBroadcastView(b, b.media ?? null, rate));
    return { items, total, page, perPage };
  }
}
