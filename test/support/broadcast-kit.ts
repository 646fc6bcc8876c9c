import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  type BroadcastAudience,
  type BroadcastStatus,
  type BroadcastView,
  CreateBroadcastCommand,
  GetBroadcastQuery,
  LaunchBroadcastCommand,
  UpdateSettingsCommand,
} from '@dvorik/domain';
import { UnitOfWork } from '@dvorik/persistence';
import { anOwner, eventually, manyClients, type TelegramEmulator } from '@dvorik/testing';

/** The domain of a running app (a worker) driven through its buses and raw SQL. */
export function domainOf(app: INestApplicationContext) {
  const uow = app.get(UnitOfWork);
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    uow.manager.query(query, params);
  return {
    commands: app.get(CommandBus),
    queries: app.get(QueryBus),
    sql,
    clients: (count: number, options?: Parameters<typeof manyClients>[2]) => manyClients(sql, count, options),
  };
}

export type Domain = ReturnType<typeof domainOf>;

export function setRate(domain: Domain, rate: number, paid = rate > 30) {
  return domain.commands.execute(
    new UpdateSettingsCommand(anOwner(), { paid_broadcast: paid, broadcast_rate: rate }),
  );
}

export async function launchBroadcast(
  domain: Domain,
  audience: BroadcastAudience,
  options: { text?: string; at?: Date; prepare?: (id: number) => Promise<unknown> } = {},
): Promise<BroadcastView> {
  const draft = await domain.commands.execute(
    new CreateBroadcastCommand(anOwner(), {
      title: 'Акция',
      text: options.text ?? '<b>Скидка 10 %</b> сегодня',
      audience,
    }),
  );
  await options.prepare?.(draft.id);
  return domain.commands.execute(new LaunchBroadcastCommand(anOwner(), draft.id, options.at ?? null));
}

export function waitForStatus(
  domain: Domain,
  id: number,
  statuses: BroadcastStatus[],
  timeoutMs = 60_000, // a starved worker on a busy 2-core machine sends far below its pace
): Promise<BroadcastView> {
  return eventually(
    () => domain.queries.execute(new GetBroadcastQuery(id)),
    (b) => statuses.includes(b.status),
    { timeoutMs, intervalMs: 100 },
  );
}

/** How many messages each chat got from the bot. */
export function messagesPerChat(telegram: TelegramEmulator, token: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const sent of telegram.sentMessages({ token }))
    counts.set(sent.chatId, (counts.get(sent.chatId) ?? 0) + 1);
  return counts;
}
