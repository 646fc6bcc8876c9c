import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  type ChatMessageContent,
  CreateBroadcastFromChatCommand,
  DeleteBroadcastCommand,
  entitiesToHtml,
  escapeTelegramHtml,
  EstimateBroadcastQuery,
  GetBroadcastQuery,
  GetChatBroadcasterQuery,
  LaunchBroadcastCommand,
  SEGMENT_PRESETS,
  UpdateBroadcastCommand,
} from '@dvorik/domain';
import { Action, Ctx, Next, On, Update } from 'nestjs-telegraf';
import type { InlineKeyboardMarkup, Message } from 'telegraf/types';
import { replyOnDomainError } from '../errors/reply-on-domain-error';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { DialogState } from '../runtime/dialog-state';

const PATTERN = /^bfc:(\d+):([a-z_]+)$/;
const EVERYONE = { key: 'all', name: 'Всем клиентам', filter: {} };
const AUDIENCES = [...SEGMENT_PRESETS, EVERYONE];
const DISABLED =
  'Режим рассылки из чата отключён. Включить его может владелец: настройка auto_broadcast_from_admins.';
const UNSUPPORTED = 'Для рассылки подходят текст, фото, видео и документы (можно переслать готовый пост).';

const button = (text: string, id: number, choice: string) => ({ text, callback_data: `bfc:${id}:${choice}` });
const audienceKeyboard = (id: number): InlineKeyboardMarkup => ({
  inline_keyboard: [...AUDIENCES.map((a) => [button(a.name, id, a.key)]), [button('Отмена', id, 'x')]],
});
const confirmKeyboard = (id: number): InlineKeyboardMarkup => ({
  inline_keyboard: [[button('✅ Отправить', id, 'go'), button('Отмена', id, 'x')]],
});

/** What a staff member wrote or forwarded, as broadcast content; null for stickers, voice and the like. */
function contentOf(message: Message, bot: string): ChatMessageContent | null {
  const m = message as Message &
    Partial<Message.TextMessage & Message.PhotoMessage & Message.VideoMessage & Message.DocumentMessage>;
  if (m.text !== undefined) return { html: entitiesToHtml(m.text, m.entities), media: null };
  const html = entitiesToHtml(m.caption ?? '', m.caption_entities);
  const photo = m.photo?.at(-1);
  if (photo)
    return {
      html,
      media: {
        kind: 'photo',
        fileId: photo.file_id,
        bot,
        filename: 'photo.jpg',
        mimeType: 'image/jpeg',
        size: photo.file_size ?? 0,
      },
    };
  const file = m.video ?? m.document;
  if (!file) return null;
  const kind = m.video ? 'video' : 'document';
  const mimeType = file.mime_type ?? (kind === 'video' ? 'video/mp4' : 'application/octet-stream');
  return {
    html,
    media: {
      kind,
      fileId: file.file_id,
      bot,
      filename: file.file_name ?? kind,
      mimeType,
      size: file.file_size ?? 0,
    },
  };
}

/**
 * DESIGN §2 "From the bot": a staff member allowed to broadcast from the chat writes or forwards
 * a message to the client bot → picks a preset audience → sees the count → confirms → a
 * broadcast with origin `bot`, sent by the worker like any other. Everyone else (and staff in
 * the middle of a dialog, or sending a command) passes through to the client handlers. The test
 * twin never starts production broadcasts.
 */
@Update()
export class BroadcastFromChatUpdate {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly replier: BotReplier,
    private readonly dialogs: DialogState,
  ) {}

  @On('message')
  async message(@Ctx() ctx: BotContext, @Next() next: () => Promise<void>): Promise<void> {
    const message = ctx.message;
    const from = ctx.from;
    if (!message || !from || ctx.chat?.type !== 'private' || ctx.state.bot.isTest) return next();
    if ('text' in message && message.text.startsWith('/')) return next();
    const who = await this.queries.execute(new GetChatBroadcasterQuery(from.id));
    if (!who || (await this.dialogs.get(ctx.state.bot.name, from.id))) return next();
    if (!who.enabled) {
      await this.replier.reply(ctx, DISABLED);
      return;
    }
    const content = contentOf(message, ctx.state.bot.name);
    if (!content) {
      await this.replier.reply(ctx, UNSUPPORTED);
      return;
    }
    await replyOnDomainError(ctx, this.replier, async () => {
      const draft = await this.commands.execute(new CreateBroadcastFromChatCommand(from.id, content));
      const title = escapeTelegramHtml(draft.title);
      await this.replier.reply(ctx, `📣 Рассылка «${title}». Кому отправить?`, {
        reply_markup: audienceKeyboard(draft.id),
      });
    });
  }

  @Action(PATTERN)
  async choose(@Ctx() ctx: BotContext & { match: RegExpExecArray }): Promise<void> {
    const id = Number(ctx.match[1]);
    const choice = ctx.match[2];
    await replyOnDomainError(
      ctx,
      this.replier,
      async () => {
        const who = await this.queries.execute(new GetChatBroadcasterQuery(ctx.from!.id));
        const draft = who && (await this.queries.execute(new GetBroadcastQuery(id)));
        if (!who || !draft || draft.createdBy !== who.staffId) {
          await this.replier.answerCallback(ctx, 'Эта рассылка вам недоступна.', true);
          return;
        }
        if (!who.enabled) {
          await this.replier.answerCallback(ctx, DISABLED, true);
          return;
        }
        if (choice === 'x') {
          await this.commands.execute(new DeleteBroadcastCommand(who.actor, id));
          await this.replier.editPressedMessage(ctx, 'Рассылка отменена.');
        } else if (choice === 'go') {
          const launched = await this.commands.execute(new LaunchBroadcastCommand(who.actor, id));
          const count = (await this.queries.execute(new EstimateBroadcastQuery(launched.id))).count;
          await this.replier.editPressedMessage(
            ctx,
            `✅ Рассылка запущена (${count} получ.). Ход отправки — в панели.`,
          );
        } else {
          const audience = AUDIENCES.find((a) => a.key === choice) ?? EVERYONE;
          await this.commands.execute(
            new UpdateBroadcastCommand(who.actor, id, { audience: { filter: audience.filter } }),
          );
          const { message } = await this.queries.execute(new EstimateBroadcastQuery(id));
          await this.replier.editPressedMessage(
            ctx,
            `${message} («${audience.name}»). Отправить?`,
            confirmKeyboard(id),
          );
        }
        await this.replier.answerCallback(ctx);
      },
      'alert',
    );
  }
}
