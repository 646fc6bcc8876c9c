import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  type ClientView,
  GetClientByTelegramIdQuery,
  RegisterClientCommand,
  type RegisterClientInput,
  TouchClientCommand,
} from '@dvorik/domain';
import type { BotContext } from '../runtime/bot-context';

type Profile = Omit<RegisterClientInput, 'startPayload' | 'isTest'>;

/** The Telegram user of an update as the domain wants them. */
export function telegramProfile(ctx: BotContext): Profile {
  const from = ctx.from!;
  return {
    telegramId: from.id,
    firstName: from.first_name,
    lastName: from.last_name ?? null,
    username: from.username ?? null,
    languageCode: from.language_code ?? null,
  };
}

/** What a person does in the chat (not a membership change such as blocking the bot). */
const isActivity = (ctx: BotContext) => 'message' in ctx.update || 'callback_query' in ctx.update;

const isStartCommand = (ctx: BotContext) =>
  !!ctx.message && 'text' in ctx.message && /^\/start(?:@\w+)?(?:\s|$)/.test(ctx.message.text);

/**
 * Who the client of an update is. Every private update refreshes their names and last activity
 * with one UPDATE (DESIGN §2) — except `/start`, which registers or refreshes by itself.
 */
@Injectable()
export class ClientIdentity {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  middleware() {
    return async (ctx: BotContext, next: () => Promise<void>) => {
      if (
        ctx.chat?.type === 'private' &&
        ctx.from &&
        !ctx.from.is_bot &&
        isActivity(ctx) &&
        !isStartCommand(ctx)
      )
        await this.commands.execute(new TouchClientCommand(telegramProfile(ctx)));
      await next();
    };
  }

  /** The client behind the update; someone who never pressed /start is registered now (organic). */
  async current(ctx: BotContext): Promise<ClientView> {
    const found = await this.queries.execute(new GetClientByTelegramIdQuery(ctx.from!.id));
    if (found) return found;
    const { client } = await this.commands.execute(
      new RegisterClientCommand({ ...telegramProfile(ctx), isTest: ctx.state.bot.isTest }),
    );
    return client;
  }

  /** How a client is greeted: the first name, else the display name. */
  static firstName(client: ClientView): string {
    return client.firstName ?? client.displayName;
  }
}
