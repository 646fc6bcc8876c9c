import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CashiersRepository } from '../cashiers.repository';
import { GetCashierByTelegramIdQuery } from './get-cashier-by-telegram-id.query';

@QueryHandler(GetCashierByTelegramIdQuery)
export class GetCashierByTelegramIdHandler implements IQueryHandler<GetCashierByTelegramIdQuery> {
  constructor(private readonly cashiers: CashiersRepository) {}

  execute({ telegramId }: GetCashierByTelegramIdQuery) {
    return this.cashiers.findByTelegramId(telegramId);
  }
}
