import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CashiersRepository } from '../cashiers.repository';
import { CashierError } from '../cashiers.errors';
import { GetCashierQuery } from './get-cashier.query';

@QueryHandler(GetCashierQuery)
export class GetCashierHandler implements IQueryHandler<GetCashierQuery> {
  constructor(private readonly cashiers: CashiersRepository) {}

  async execute({ id }: GetCashierQuery) {
    const cashier = await this.cashiers.findById(id);
    if (!cashier) throw CashierError.notFound({ id });
    return cashier;
  }
}
