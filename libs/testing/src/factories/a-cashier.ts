import {
  ApproveCashierCommand,
  BlockCashierCommand,
  type CashierStatus,
  type CashierView,
  RejectCashierCommand,
  RequestCashierAccessCommand,
  SetCashierStoreCommand,
} from '@dvorik/domain';
import { anOwner } from './actors';
import type { DomainTestApp } from './domain-test-app';
import { nextTelegramId } from './telegram-ids';

/** A cashier who wrote to the staff bot, named a store and was approved (unless `status` says otherwise). */
export async function aCashier(
  app: DomainTestApp,
  overrides: { status?: CashierStatus; store?: string; firstName?: string; isTest?: boolean } = {},
): Promise<CashierView> {
  const { status = 'active', store = 'Светланская, 1', firstName = 'Ольга', isTest } = overrides;
  const { cashier } = await app.commands.execute(
    new RequestCashierAccessCommand({ telegramId: nextTelegramId(), firstName, isTest }),
  );
  await app.commands.execute(new SetCashierStoreCommand(cashier.id, store));
  switch (status) {
    case 'pending':
      return { ...cashier, store };
    case 'active':
      return app.commands.execute(new ApproveCashierCommand(anOwner(), cashier.id));
    case 'rejected':
      return app.commands.execute(new RejectCashierCommand(anOwner(), cashier.id));
    case 'blocked':
      return app.commands.execute(new BlockCashierCommand(anOwner(), cashier.id));
  }
}
