import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { Order, OrderStatus } from '../order.entity';

export interface OrderView extends Order {
  clientName: string;
  clientUsername: string | null;
  clientTelegramId: number;
}

export interface OrderFilter {
  status?: OrderStatus;
  clientId?: number;
  isTest?: boolean;
}

export class ListOrdersQuery extends Query<Page<OrderView>> {
  constructor(
    readonly filter: OrderFilter,
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
