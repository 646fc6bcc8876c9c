import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { Order, OrderStatus } from '../order.entity';

export interface OrderView extends Order {
  clientName: string;
  clientUsername: string | null;
  clientTelegramId: number;
}

export class ListOrdersQuery extends Query<Page<OrderView>> {
  constructor(
    readonly filter: { status?: OrderStatus; clientId?: number; isTest?: boolean },
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
