import { CommandBus } from '@nestjs/cqrs';
import { RegisterClientCommand } from '@dvorik/domain';
import { Command, Ctx, Start, Update } from 'nestjs-telegraf';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';
import { DialogState } from '../runtime/dialog-state';
import { ClientIdentity, telegramProfile } from './client-identity';
import { clientMenu } from './client-menu';

/** `/start [payload]`: registration with the deep-link source, the welcome and the menu; `/cancel`, `/menu`. */
@Update()
export class StartUpdate {
  constructor(
    private readonly commands: CommandBus,
    private readonly identity: ClientIdentity,
    private readonly dialogs: DialogState,
    private readonly replier: BotReplier,
  ) {}

  @Start()
  async start(@Ctx() ctx: BotContext & { payload?: string }): Promise<void> {
    const { client } = await this.commands.execute(
      new RegisterClientCommand({
        ...telegramProfile(ctx),
        startPayload: ctx.payload || null,
        isTest: ctx.state.bot.isTest,
      }),
    );
    await this.dialogs.clear(ctx.state.bot.name, client.telegramId);
    await this.replier.replyText(ctx, template('welcome', { first_name: ClientIdentity.firstName(client) }), {
      reply_markup: clientMenu(client.tags),
    });
  }

  @Command('cancel')
  async cancel(@Ctx() ctx: BotContext): Promise<void> {
    const client = await this.identity.current(ctx);
    const cancelled = await this.dialogs.clear(ctx.state.bot.name, client.telegramId);
    await this.replier.replyText(ctx, template(cancelled ? 'dialog_cancelled' : 'menu_hint'), {
      reply_markup: clientMenu(client.tags),
    });
  }

  @Command('menu')
  async menu(@Ctx() ctx: BotContext): Promise<void> {
    const client = await this.identity.current(ctx);
    await this.replier.replyText(ctx, template('menu_hint'), { reply_markup: clientMenu(client.tags) });
  }
}
