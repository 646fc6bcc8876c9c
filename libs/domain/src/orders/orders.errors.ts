import { DomainError } from '../shared/domain-error';

export enum OrderErrorCode {
  NotVip = 'ORDER_NOT_VIP',
}

export class OrderError extends DomainError<OrderErrorCode> {
  static notVip(clientId: number) {
    return new OrderError(OrderErrorCode.NotVip, 'Ordering is open to VIP clients only', { clientId });
  }

  private constructor(code: OrderErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
