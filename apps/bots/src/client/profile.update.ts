import { CommandBus } from '@nestjs/cqrs';
import {
  type ClientView,
  DomainError,
  type Gender,
  type OwnProfileChange,
  UpdateOwnProfileCommand,
} from '@dvorik/domain';
import { Action, Command, Ctx, Hears, On, Update } from 'nestjs-telegraf';
import type { InlineKeyboardMarkup, ReplyKeyboardMarkup } from 'telegraf/types';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';
import { DialogState } from '../runtime/dialog-state';
import { BUTTON } from '../shared/button-labels';
import { ClientIdentity } from './client-identity';
import { clientMenu, MENU, menuButton } from './client-menu';

const ACTION = /^profile:(phone|gender|name|g_female|g_male|g_unknown)$/;
const GENDERS: Record<string, Gender> = { g_female: 'female', g_male: 'male', g_unknown: 'unknown' };

const profileKeyboard: InlineKeyboardMarkup = {
  inline_keyboard: [
    [
      { text: BUTTON.phone, callback_data: 'profile:phone' },
      { text: BUTTON.gender, callback_data: 'profile:gender' },
      { text: BUTTON.name, callback_data: 'profile:name' },
    ],
  ],
};
const genderKeyboard: InlineKeyboardMarkup = {
  inline_keyboard: [
    [
      { text: BUTTON.female, callback_data: 'profile:g_female' },
      { text: BUTTON.male, callback_data: 'profile:g_male' },
    ],
    [{ text: BUTTON.genderUnset, callback_data: 'profile:g_unknown' }],
  ],
};
/** Telegram's own contact button: it sends the pressing user's card, never someone else's. */
const contactKeyboard: ReplyKeyboardMarkup = {
  keyboard: [[{ text: BUTTON.sendPhone, request_contact: true }]],
  resize_keyboard: true,
  one_time_keyboard: true,
};

/**
 * «Мой профиль» / `/profile`: phone (Telegram's contact button; only the client's own contact),
 * gender (buttons) and name (typed). The open question (phone or name) lives in Redis like the
 * birthday's; `/cancel` ends it. All optional: nothing else depends on it.
 */
@Update()
export class ProfileUpdate {
  constructor(
    private readonly commands: CommandBus,
    private readonly identity: ClientIdentity,
    private readonly dialogs: DialogState,
    private readonly replier: BotReplier,
  ) {}

  @Hears(menuButton(MENU.profile))
  @Command('profile')
  async show(@Ctx() ctx: BotContext): Promise<void> {
    const client = await this.identity.current(ctx);
    await this.replier.replyText(ctx, template('profile_summary', await this.values(client)), {
      reply_markup: profileKeyboard,
    });
  }

  @Action(ACTION)
  async press(@Ctx() ctx: BotContext & { match: RegExpExecArray }): Promise<void> {
    const client = await this.identity.current(ctx);
    const choice = ctx.match[1];
    await this.replier.answerCallback(ctx);
    if (choice === 'phone') {
      await this.dialogs.set(ctx.state.bot.name, client.telegramId, 'profile_phone');
      await this.replier.replyText(ctx, template('profile_phone_ask'), { reply_markup: contactKeyboard });
    } else if (choice === 'name') {
      await this.dialogs.set(ctx.state.bot.name, client.telegramId, 'profile_name');
      await this.replier.replyText(ctx, template('profile_name_ask'));
    } else if (choice === 'gender') {
      await this.replier.replyText(ctx, template('profile_gender_ask'), { reply_markup: genderKeyboard });
    } else {
      await this.save(ctx, client, { kind: 'gender', gender: GENDERS[choice] });
    }
  }

  /** A contact card: accepted only while the phone was asked for and only if it is the sender's own. */
  @On('contact')
  async contact(@Ctx() ctx: BotContext): Promise<void> {
    const message = ctx.message;
    if (!message || !('contact' in message)) return;
    const client = await this.identity.current(ctx);
    const step = await this.dialogs.get(ctx.state.bot.name, client.telegramId);
    if (step !== 'profile_phone') {
      await this.replier.replyText(ctx, template('menu_hint'), { reply_markup: clientMenu(client.tags) });
      return;
    }
    const { phone_number: phone, user_id: contactUserId } = message.contact;
    await this.save(ctx, client, { kind: 'phone', phone, contactUserId: contactUserId ?? null });
  }

  /** Text while a profile question is open (routed here by ClientTextUpdate). */
  async answer(ctx: BotContext, step: 'profile_phone' | 'profile_name', text: string): Promise<void> {
    const client = await this.identity.current(ctx);
    // A typed number is not proof it is theirs: the phone comes only through the contact button.
    if (step === 'profile_phone')
      await this.replier.replyText(ctx, template('profile_phone_ask'), { reply_markup: contactKeyboard });
    else await this.save(ctx, client, { kind: 'name', text });
  }

  private async save(ctx: BotContext, client: ClientView, change: OwnProfileChange): Promise<void> {
    let saved: ClientView;
    try {
      saved = await this.commands.execute(new UpdateOwnProfileCommand(client.id, change));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // The question stays open: the client may press the button or type the name again.
      const html = await this.replier.renderRefusal(error);
      await this.replier.reply(ctx, html, change.kind === 'phone' ? { reply_markup: contactKeyboard } : {});
      return;
    }
    await this.dialogs.clear(ctx.state.bot.name, client.telegramId);
    await this.replier.replyText(ctx, template('profile_saved'), { reply_markup: clientMenu(saved.tags) });
    await this.show(ctx);
  }

  private async values(client: ClientView) {
    const unset = await this.replier.render(template('profile_not_set'));
    const gender =
      client.gender === 'unknown'
        ? unset
        : await this.replier.render(
            template(client.gender === 'female' ? 'profile_gender_female' : 'profile_gender_male'),
          );
    return { client_name: client.displayName, phone: client.phone ?? unset, gender };
  }
}
