import { Query } from '@nestjs/cqrs';
import type { BroadcastView } from '../broadcast.view';

export class GetBroadcastQuery extends Query<BroadcastView> {
  constructor(readonly id: number) {
    super();
  }
}
