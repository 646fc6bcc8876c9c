import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { BroadcastView } from '../broadcast.view';
import type { BroadcastOrigin, BroadcastStatus } from '../broadcast.types';

export class ListBroadcastsQuery extends Query<Page<BroadcastView>> {
  constructor(
    readonly filter: { status?: BroadcastStatus; origin?: BroadcastOrigin },
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
