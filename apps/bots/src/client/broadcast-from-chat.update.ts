import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  type ChatMessageContent,
  CancelChatBroadcastCommand,
  CreateBroadcastFromChatCommand,
  entitiesToHtml,
  EstimateBroadcastQuery,
  GetChatBroadcasterQuery,
  LaunchChatBroadcastCommand,
  type BroadcastAudience,
  ListSegmentsQuery,
  SEGMENT_PRESETS,
  SetChatBroadcastAudienceCommand,
} from '@dvorik/domain';
import { Action, Ctx, Next, On, Update } from 'nestjs-telegraf';
import type { InlineKeyboardMarkup, Message } from 'telegraf/types';
import { alertText, replyOnDomainError } from '../errors/reply-on-domain-error';
import type { BotContext } from '../runtime/bot-context';
import { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';
import { DialogState } from '../runtime/dialog-state';
import { BUTTON } from '../shared/button-labels';

const PATTERN = /^bfc:(\d+):([a-z0-9_]+)$/;
/** How many saved segments the picker offers beside the presets (newest first; the rest in the panel). */
const SAVED_SHOWN = 8;

interface AudienceChoice {
  key: string;
  name: string;
  audience: BroadcastAudience;
}

const EVERYONE: AudienceChoice = { key: 'all', name: BUTTON.everyone, audience: { filter: {} } };
const PRESETS: AudienceChoice[] = SEGMENT_PRESETS.map((p) => ({
  key: p.key,
  name: p.name,
  audience: { filter: p.filter },
}));

const button = (text: string, id: number, choice: string) => ({ text, callback_data: `bfc:${id}:${choice}` });
const audienceKeyboard = (id: number, choices: AudienceChoice[]): InlineKeyboardMarkup => ({
  inline_keyboard: [...choices.map((a) => [button(a.name, id, a.key)]), [button(BUTTON.cancel, id, 'x')]],
});
const confirmKeyboard = (id: number): InlineKeyboardMarkup => ({
  inline_keyboard: [[button(BUTTON.send, id, 'go'), button(BUTTON.cancel, id, 'x')]],
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
    const content = contentOf(message, ctx.state.bot.name);
    if (!content) {
      await this.replier.replyText(ctx, template('broadcast_chat_unsupported'));
      return;
    }
    await replyOnDomainError(ctx, this.replier, async () => {
      const draft = await this.commands.execute(new CreateBroadcastFromChatCommand(from.id, content));
      await this.replier.replyText(ctx, template('broadcast_chat_ask_audience', { title: draft.title }), {
        reply_markup: audienceKeyboard(draft.id, await this.choices()),
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
        const telegramId = ctx.from!.id;
        if (choice === 'x') {
          await this.commands.execute(new CancelChatBroadcastCommand(telegramId, id));
          await this.replier.editPressedMessage(
            ctx,
            await this.replier.render(template('broadcast_chat_cancelled')),
          );
        } else if (choice === 'go') {
          const launched = await this.commands.execute(new LaunchChatBroadcastCommand(telegramId, id));
          const count = (await this.queries.execute(new EstimateBroadcastQuery(launched.id))).count;
          await this.replier.editPressedMessage(
            ctx,
            await this.replier.render(template('broadcast_chat_launched', { count: String(count) })),
          );
        } else {
          const chosen = (await this.choices()).find((a) => a.key === choice);
          if (!chosen) {
            // A saved segment deleted since the picker was shown.
            await this.alert(ctx, 'broadcast_chat_audience_empty');
            return;
          }
          await this.commands.execute(new SetChatBroadcastAudienceCommand(telegramId, id, chosen.audience));
          const { count } = await this.queries.execute(new EstimateBroadcastQuery(id));
          await this.replier.editPressedMessage(
            ctx,
            await this.replier.render(
              template('broadcast_chat_confirm', { count: String(count), audience: chosen.name }),
            ),
            confirmKeyboard(id),
          );
        }
        await this.replier.answerCallback(ctx);
      },
      'alert',
    );
  }

  /** The presets, the newest saved segments (`s<id>`), then everyone. */
  private async choices(): Promise<AudienceChoice[]> {
    const page = await this.queries.execute(new ListSegmentsQuery(1, SEGMENT_PRESETS.length + SAVED_SHOWN));
    const saved = page.items
      .filter((segment) => segment.presetKey === null)
      .slice(0, SAVED_SHOWN)
      .map((segment) => ({ key: `s${segment.id}`, name: segment.name, audience: { segmentId: segment.id } }));
    return [...PRESETS, ...saved, EVERYONE];
  }

  private async alert(ctx: BotContext, key: 'broadcast_chat_audience_empty') {
    await this.replier.answerCallback(ctx, alertText(await this.replier.render(template(key))), true);
  }
}
