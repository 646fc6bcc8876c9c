import { Ctx, On, Update } from 'nestjs-telegraf';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';
import { DialogState } from '../runtime/dialog-state';
import { BirthdayUpdate } from './birthday.update';
import { ClientIdentity } from './client-identity';
import { clientMenu } from './client-menu';
import { ProfileUpdate } from './profile.update';

/**
 * Any other text: the answer to an open question (the birthday, a profile field), or a nudge towards the menu.
 * Registered last in ClientBotModule so that commands and menu buttons are matched first.
 */
@Update()
export class ClientTextUpdate {
  constructor(
    private readonly identity: ClientIdentity,
    private readonly dialogs: DialogState,
    private readonly birthday: BirthdayUpdate,
    private readonly profile: ProfileUpdate,
    private readonly replier: BotReplier,
  ) {}

  @On('text')
  async text(@Ctx() ctx: BotContext): Promise<void> {
    const text = ctx.message && 'text' in ctx.message ? ctx.message.text : '';
    const step = text.startsWith('/') ? null : await this.dialogs.get(ctx.state.bot.name, ctx.from!.id);
    if (step === 'birthday') {
      await this.birthday.answer(ctx, text);
      return;
    }
    if (step === 'profile_phone' || step === 'profile_name') {
      await this.profile.answer(ctx, step, text);
      return;
    }
    const client = await this.identity.current(ctx);
    await this.replier.replyText(ctx, template('menu_hint'), { reply_markup: clientMenu(client.tags) });
  }
}
