import { type ClientView, RegisterClientCommand, type RegisterClientInput } from '@dvorik/domain';
import { tagClients } from './client-rows';
import type { DomainTestApp } from './domain-test-app';
import { nextTelegramId } from './telegram-ids';

/** A registered client, as `/start` makes one; `tags` are added directly (no tag command yet). */
export async function aClient(
  app: DomainTestApp,
  overrides: Partial<RegisterClientInput> & { tags?: string[] } = {},
): Promise<ClientView> {
  const { tags = [], ...input } = overrides;
  const { client } = await app.commands.execute(
    new RegisterClientCommand({
      telegramId: nextTelegramId(),
      firstName: 'Анна',
      lastName: 'Иванова',
      ...input,
    }),
  );
  if (tags.length) await tagClients(app.sql, client.id, tags, { ignore: true });
  return tags.length ? { ...client, tags: [...client.tags, ...tags].sort() } : client;
}
