import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { isDuplicateKeyError, UnitOfWork } from '@dvorik/persistence';
import { displayName } from '../../clients';
import { CashiersRepository } from '../cashiers.repository';
import { CashierError } from '../cashiers.errors';
import { CashierRequestedEvent } from '../events/cashier.events';
import { RequestCashierAccessCommand } from './request-cashier-access.command';

@CommandHandler(RequestCashierAccessCommand)
export class RequestCashierAccessHandler implements ICommandHandler<RequestCashierAccessCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cashiers: CashiersRepository,
  ) {}

  async execute({ input }: RequestCashierAccessCommand) {
    const existing = await this.cashiers.findByTelegramId(input.telegramId);
    if (existing) return { cashier: existing, created: false };
    const now = new Date();
    const username = input.username?.trim().replace(/^@+/, '').slice(0, 64) || null;
    try {
      return await this.uow.run(async () => {
        const cashier = await this.cashiers.insert({
          telegramId: input.telegramId,
          name: displayName({ ...input, username }).slice(0, 255),
          username,
          store: null,
          status: 'pending',
          isTest: input.isTest ?? false,
          approvedBy: null,
          approvedAt: null,
          createdAt: now,
          updatedAt: now,
        });
        const { telegramId, name, store, isTest } = cashier;
        await this.uow.record(
          new CashierRequestedEvent(
            { type: 'cashier', cashierId: cashier.id },
            { type: 'cashier', id: cashier.id },
            { telegramId, name, store, isTest },
          ),
        );
        return { cashier, created: true };
      });
    } catch (error) {
      // Two first messages at once: the other one created the request.
      if (!isDuplicateKeyError(error, 'uq_cashiers_telegram_id')) throw error;
      const cashier = await this.cashiers.findByTelegramId(input.telegramId);
      if (!cashier) throw CashierError.notFound({ telegramId: input.telegramId });
      return { cashier, created: false };
    }
  }
}
