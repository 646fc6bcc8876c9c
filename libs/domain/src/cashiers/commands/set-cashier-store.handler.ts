import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { CashiersRepository } from '../cashiers.repository';
import { CashierError } from '../cashiers.errors';
import { CashierStoreSetEvent } from '../events/cashier.events';
import { SetCashierStoreCommand } from './set-cashier-store.command';

@CommandHandler(SetCashierStoreCommand)
export class SetCashierStoreHandler implements ICommandHandler<SetCashierStoreCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly cashiers: CashiersRepository,
  ) {}

  async execute({ cashierId, store }: SetCashierStoreCommand) {
    const name = store.replace(/\s+/g, ' ').trim();
    if (name.length < 1 || name.length > 128) throw CashierError.storeInvalid();
    return this.uow.run(async () => {
      const cashier = await this.cashiers.findById(cashierId, true);
      if (!cashier) throw CashierError.notFound({ id: cashierId });
      const updated = { ...cashier, store: name, updatedAt: new Date() };
      await this.cashiers.update(cashierId, { store: name, updatedAt: updated.updatedAt });
      await this.uow.record(
        new CashierStoreSetEvent(
          { type: 'cashier', cashierId },
          { type: 'cashier', id: cashierId },
          {
            telegramId: cashier.telegramId,
            name: cashier.name,
            store: name,
            isTest: cashier.isTest,
          },
        ),
      );
      return updated;
    });
  }
}
