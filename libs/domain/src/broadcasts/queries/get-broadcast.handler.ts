import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BroadcastViewsFactory } from '../broadcast-views.factory';
import { GetBroadcastQuery } from './get-broadcast.query';

@QueryHandler(GetBroadcastQuery)
export class GetBroadcastHandler implements IQueryHandler<GetBroadcastQuery> {
  constructor(private readonly views: BroadcastViewsFactory) {}

  execute({ id }: GetBroadcastQuery) {
    return this.views.byId(id);
  }
}
