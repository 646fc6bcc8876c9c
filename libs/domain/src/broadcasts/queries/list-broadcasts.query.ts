import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { BroadcastView } from '../broadcast.view';
import type { BroadcastOrigin, BroadcastStatus } from '../broadcast.types';

export interface BroadcastFilter {
  status?: BroadcastStatus;
  origin?: BroadcastOrigin;
}

export class ListBroadcastsQuery extends Query<Page<BroadcastView>> {
  constructor(
    readonly filter: BroadcastFilter,
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
