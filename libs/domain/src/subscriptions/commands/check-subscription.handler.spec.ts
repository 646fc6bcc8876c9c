import type { CommandBus, QueryBus } from '@nestjs/cqrs';
import { DiscountError } from '../../discounts/discounts.errors';
import type { SettingsReader } from '../../settings';
import { SETTING_DEFAULTS, type Settings } from '../../settings/settings.registry';
import type { ChannelMembershipPort, MembershipLookup } from '../channel-membership.port';
import type { MembershipCache } from '../membership.cache';
import type { ChannelMembership } from '../rules/channel-membership.rule';
import { CheckSubscriptionCommand } from './check-subscription.command';
import { CheckSubscriptionHandler } from './check-subscription.handler';

const CHANNEL = '-1001234567890';
const client = { id: 7, telegramId: 700, isTest: false };

function setUp(
  options: { settings?: Partial<Settings>; lookup?: MembershipLookup; issue?: () => unknown } = {},
) {
  const executed: Array<{ name: string; args: unknown }> = [];
  const cache = new Map<string, ChannelMembership>();
  const lookups: number[] = [];
  const settings = {
    ...SETTING_DEFAULTS,
    telegram_channel_id: CHANNEL,
    subscription_template_id: 3,
    ...options.settings,
  };
  const commands = {
    execute: async (command: object) => {
      executed.push({ name: command.constructor.name, args: command });
      if (command.constructor.name === 'IssueDiscountCommand') {
        if (options.issue) return options.issue();
        return { discount: { id: 1, code: 'ДЯА4589' }, created: true };
      }
      return {};
    },
  } as unknown as CommandBus;
  const queries = { execute: async () => client } as unknown as QueryBus;
  const reader = { all: async () => settings } as unknown as SettingsReader;
  const port = {
    lookup: async (_channel: string, telegramId: number) => {
      lookups.push(telegramId);
      return options.lookup ?? { ok: true, membership: { status: 'member' } };
    },
  } as unknown as ChannelMembershipPort;
  const fakeCache = {
    get: async (c: string, t: number) => cache.get(`${c}:${t}`) ?? null,
    set: async (c: string, t: number, m: ChannelMembership) => void cache.set(`${c}:${t}`, m),
  } as unknown as MembershipCache;
  const handler = new CheckSubscriptionHandler(commands, queries, reader, port, fakeCache);
  const names = () => executed.map((e) => e.name);
  return { handler, executed, names, lookups, cache };
}

const press = () => new CheckSubscriptionCommand({ clientId: client.id });

describe('CheckSubscriptionHandler', () => {
  it('a member gets the subscription code, issued by the client’s own action', async () => {
    const { handler, executed, names } = setUp();
    await expect(handler.execute(press())).resolves.toMatchObject({ kind: 'issued', created: true });
    expect(names()).toEqual(['SetSubscriptionCommand', 'IssueDiscountCommand']);
    expect(executed[1].args).toMatchObject({
      input: { actor: { type: 'client', clientId: 7 }, templateId: 3, origin: 'subscription' },
    });
  });

  it('asks Telegram once per cache period', async () => {
    const { handler, lookups } = setUp();
    await handler.execute(press());
    await handler.execute(press());
    expect(lookups).toEqual([700]);
  });

  it('writes and issues nothing when Telegram cannot be asked', async () => {
    const { handler, names, cache } = setUp({ lookup: { ok: false, reason: 'network' } });
    await expect(handler.execute(press())).resolves.toEqual({ kind: 'unavailable', reason: 'telegram' });
    expect(names()).toEqual([]);
    expect(cache.size).toBe(0);
  });

  it('answers not subscribed with the channel link, and records it', async () => {
    const { handler, names } = setUp({
      lookup: { ok: true, membership: { status: 'left' } },
      settings: { channel_link: 'https://t.me/marmelad' },
    });
    await expect(handler.execute(press())).resolves.toEqual({
      kind: 'not_subscribed',
      channelLink: 'https://t.me/marmelad',
    });
    expect(names()).toEqual(['SetSubscriptionCommand']);
  });

  it('turns a recurrence refusal into "too soon" with the next date', async () => {
    const nextAt = new Date('2026-05-01T00:00:00Z');
    const { handler } = setUp({
      issue: () => {
        throw DiscountError.recurrenceNotReached(3, nextAt);
      },
    });
    await expect(handler.execute(press())).resolves.toEqual({
      kind: 'too_soon',
      nextAt: nextAt.toISOString(),
    });
  });

  it('a channel join is the system’s issue, learnt from the update without asking Telegram', async () => {
    const { handler, executed, lookups, cache } = setUp();
    const outcome = await handler.execute(
      new CheckSubscriptionCommand({ clientId: 7, observed: { chatId: Number(CHANNEL), status: 'member' } }),
    );
    expect(outcome).toMatchObject({ kind: 'issued' });
    expect(lookups).toEqual([]);
    expect(cache.get(`${CHANNEL}:700`)).toEqual({ status: 'member', isMember: undefined });
    expect(executed[1].args).toMatchObject({ input: { actor: { type: 'system', reason: 'channel_join' } } });
  });

  it('ignores chat_member updates of other chats', async () => {
    const { handler, names } = setUp();
    const outcome = await handler.execute(
      new CheckSubscriptionCommand({ clientId: 7, observed: { chatId: -100999, status: 'member' } }),
    );
    expect(outcome).toEqual({ kind: 'ignored' });
    expect(names()).toEqual([]);
  });

  it('without a channel in settings it cannot check', async () => {
    const { handler } = setUp({ settings: { telegram_channel_id: null } });
    await expect(handler.execute(press())).resolves.toEqual({
      kind: 'unavailable',
      reason: 'not_configured',
    });
  });

  it('a subscriber with no subscription template configured is thanked, nothing issued', async () => {
    const { handler, names } = setUp({ settings: { subscription_template_id: null } });
    await expect(handler.execute(press())).resolves.toEqual({ kind: 'subscribed' });
    expect(names()).toEqual(['SetSubscriptionCommand']);
  });
});
