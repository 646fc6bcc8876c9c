import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  type BroadcastView,
  CreateBroadcastCommand,
  GetBroadcastQuery,
  LaunchBroadcastCommand,
  UpdateSettingsCommand,
} from '@dvorik/domain';
import { UnitOfWork } from '@dvorik/persistence';
import { anOwner, type TelegramEmulator } from '@dvorik/testing';
import { readFileSync } from 'node:fs';

export const CLIENT_TOKEN = '7100001:bench-client-bot-token';

/** What one broadcast came to, read from what the emulator (Telegram) actually received. */
export interface BroadcastRun {
  broadcast: BroadcastView;
  /** Messages accepted ÷ seconds from the first accepted send to the last. */
  sustained: number;
  lost: number;
  duplicated: number;
  send429: number;
  maxInAnySlidingSecond: number;
  seconds: number;
}

export function benchDomain(context: INestApplicationContext) {
  const uow = context.get(UnitOfWork);
  const commands = context.get(CommandBus);
  const queries = context.get(QueryBus);
  return {
    sql: <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
      uow.manager.query(query, params),
    setRate: (rate: number, paid: boolean) =>
      commands.execute(new UpdateSettingsCommand(anOwner(), { paid_broadcast: paid, broadcast_rate: rate })),
    /** To these clients, or (null) to every client of the database (an audience list stops at 10 000). */
    async launch(clientIds: number[] | null): Promise<number> {
      const draft = await commands.execute(
        new CreateBroadcastCommand(anOwner(), {
          title: 'Bench',
          text: '<b>Скидка</b> 10 %',
          audience: clientIds ? { clientIds } : { filter: {} },
        }),
      );
      return (await commands.execute(new LaunchBroadcastCommand(anOwner(), draft.id))).id;
    },
    async until(id: number, done: (b: BroadcastView) => boolean, timeoutMs: number): Promise<BroadcastView> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const b = await queries.execute(new GetBroadcastQuery(id));
        if (done(b)) return b;
        if (Date.now() > deadline) throw new Error(`Broadcast ${id} still ${b.status} after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
  };
}

export type BenchDomain = ReturnType<typeof benchDomain>;

/**
 * Launches to `audience` (`everyone`: by the empty filter, when `audience` is every client of the
 * database) and measures until it is sent; the caller resets the emulator first.
 */
export async function measureBroadcast(
  domain: BenchDomain,
  telegram: TelegramEmulator,
  audience: Array<{ id: number; telegramId: number }>,
  timeoutMs: number,
  everyone = false,
): Promise<BroadcastRun> {
  const started = Date.now();
  const id = await domain.launch(everyone ? null : audience.map((c) => c.id));
  const broadcast = await domain.until(id, (b) => b.status === 'sent' || b.status === 'failed', timeoutMs);
  return { broadcast, ...delivery(telegram, audience), seconds: (Date.now() - started) / 1000 };
}

export function delivery(telegram: TelegramEmulator, audience: Array<{ telegramId: number }>) {
  const accepted = telegram.callsTo('sendMessage', (c) => c.ok && c.token === CLIENT_TOKEN);
  const perChat = new Map<number, number>();
  for (const call of accepted) {
    const chat = Number(call.params.chat_id);
    perChat.set(chat, (perChat.get(chat) ?? 0) + 1);
  }
  const span = accepted.length > 1 ? (accepted[accepted.length - 1].at - accepted[0].at) / 1000 : 0;
  const stats = telegram.stats();
  return {
    sustained: span > 0 ? accepted.length / span : 0,
    lost: audience.filter((c) => !perChat.has(c.telegramId)).length,
    duplicated: [...perChat.values()].filter((n) => n > 1).length,
    send429: stats.send429,
    maxInAnySlidingSecond: stats.maxInAnySlidingSecond,
  };
}

/** CPU seconds (user + system) a process has used so far; null where /proc is not available. */
export function cpuSeconds(pid: number | undefined): number | null {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
