import { DomainError } from '../shared';

export enum OrderErrorCode {
  NotVip = 'ORDER_NOT_VIP',
  NotFound = 'ORDER_NOT_FOUND',
  InvalidTransition = 'ORDER_INVALID_TRANSITION',
}

export class OrderError extends DomainError<OrderErrorCode> {
  static notVip(clientId: number) {
    return new OrderError(OrderErrorCode.NotVip, 'Ordering is open to VIP clients only', { clientId });
  }

  static notFound(id: number) {
    return new OrderError(OrderErrorCode.NotFound, 'Order not found', { id });
  }
  static invalidTransition(from: string, to: string) {
    return new OrderError(OrderErrorCode.InvalidTransition, `Cannot move a ${from} order to ${to}`, {
      from,
      to,
    });
  }

  private constructor(code: OrderErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
