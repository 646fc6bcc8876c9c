import { type ClientView, RegisterClientCommand, type RegisterClientInput } from '@dvorik/domain';
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
  for (const tag of tags) {
    await app.sql('INSERT IGNORE INTO client_tags (client_id, tag, created_at) VALUES (?, ?, NOW(3))', [
      client.id,
      tag,
    ]);
  }
  return tags.length ? { ...client, tags: [...client.tags, ...tags].sort() } : client;
}
