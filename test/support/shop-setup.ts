import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  DiscountTemplatesSeeder,
  MessageTemplatesSeeder,
  SettingsReader,
  type Settings,
  UpdateSettingsCommand,
} from '@dvorik/domain';
import { UnitOfWork } from '@dvorik/persistence';
import type { Sql } from '@dvorik/testing';
import type { TestSystem } from './test-system';

export const CHANNEL_ID = -1001987654321;
export const CHANNEL_LINK = 'https://t.me/marmelad_dvorik';

const anyApp = (sys: TestSystem): INestApplicationContext =>
  (sys.apps.api ?? sys.apps.worker ?? sys.apps.bots)!;

/** Raw SQL on the system's database, for assertions (and rows no command makes yet). */
export function sql<T = any>(sys: TestSystem, query: string, params: unknown[] = []): Promise<T[]> {
  return anyApp(sys).get(UnitOfWork).manager.query(query, params);
}

/** `sql` on the system, in the form the kit's row factories take (`clientRows(sqlFor(sys), …)`). */
export const sqlFor =
  (sys: TestSystem): Sql =>
  (query, params) =>
    sql(sys, query, params);

export const commandsOf = (sys: TestSystem) => anyApp(sys).get(CommandBus);
export const queriesOf = (sys: TestSystem) => anyApp(sys).get(QueryBus);

/** Settings changed through the real command; every app's cached copy is dropped at once. */
export async function updateSettings(sys: TestSystem, values: Partial<Settings>): Promise<void> {
  await commandsOf(sys).execute(
    new UpdateSettingsCommand({ type: 'staff', staffId: 1, role: 'owner', ip: '127.0.0.1' }, values),
  );
  for (const app of Object.values(sys.apps)) app?.get(SettingsReader, { strict: false }).invalidate();
}

/**
 * A shop as `npm start` leaves it (`cli seed`: message templates, the subscription and birthday
 * templates named by settings) plus its channel in the emulator, with the client bot(s) as admins.
 */
export async function setUpShop(
  sys: TestSystem,
  options: { codePrefix?: string; admins?: string[] } = {},
): Promise<void> {
  const app = anyApp(sys);
  await app.get(MessageTemplatesSeeder).seed();
  await app.get(DiscountTemplatesSeeder).seed();
  sys.telegram.createChannel({ id: CHANNEL_ID, title: 'Мармеладный дворик', username: 'marmelad_dvorik' });
  for (const token of options.admins ?? []) sys.telegram.addAdmin(CHANNEL_ID, token);
  await updateSettings(sys, {
    telegram_channel_id: String(CHANNEL_ID),
    channel_link: CHANNEL_LINK,
    code_prefix: options.codePrefix ?? '',
  });
}
