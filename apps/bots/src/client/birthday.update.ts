import { CommandBus } from '@nestjs/cqrs';
import { ClientErrorCode, DomainError, SetBirthdayCommand } from '@dvorik/domain';
import { Command, Ctx, Hears, Update } from 'nestjs-telegraf';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';
import { DialogState } from '../runtime/dialog-state';
import { ClientIdentity } from './client-identity';
import { clientMenu, MENU, menuButton } from './client-menu';

/**
 * «Указать дату рождения» / `/birthday`: asks, then the next text (within 10 minutes, `/cancel`
 * to stop) is parsed by SetBirthdayCommand. A date that cannot be read keeps the question open.
 */
@Update()
export class BirthdayUpdate {
  constructor(
    private readonly commands: CommandBus,
    private readonly identity: ClientIdentity,
    private readonly dialogs: DialogState,
    private readonly replier: BotReplier,
  ) {}

  @Hears(menuButton(MENU.birthday))
  @Command('birthday')
  async ask(@Ctx() ctx: BotContext): Promise<void> {
    const client = await this.identity.current(ctx);
    if (client.birthday !== null) {
      await this.replier.replyText(ctx, template('birthday_already_set'));
      return;
    }
    await this.dialogs.set(ctx.state.bot.name, client.telegramId, 'birthday');
    await this.replier.replyText(ctx, template('birthday_ask'));
  }

  /** The answer to «когда у вас день рождения?» (routed here by ClientTextUpdate). */
  async answer(ctx: BotContext, text: string): Promise<void> {
    const client = await this.identity.current(ctx);
    try {
      await this.commands.execute(new SetBirthdayCommand(client.id, text));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // Unreadable: the question stays open. Anything else ends the dialog.
      if (error.code !== ClientErrorCode.BirthdayInvalid)
        await this.dialogs.clear(ctx.state.bot.name, client.telegramId);
      await this.replier.reply(ctx, await this.replier.renderRefusal(error));
      return;
    }
    await this.dialogs.clear(ctx.state.bot.name, client.telegramId);
    await this.replier.replyText(ctx, template('birthday_saved'), { reply_markup: clientMenu(client.tags) });
  }
}
