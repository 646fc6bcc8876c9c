import type { OrderStatus } from '../order.entity';

/** draft → submitted → done; anything not finished may be cancelled. Finished orders stay finished. */
const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  draft: ['submitted', 'done', 'cancelled'],
  submitted: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

export function canMoveOrder(from: OrderStatus, to: OrderStatus): boolean {
  return from === to || NEXT[from].includes(to);
}
