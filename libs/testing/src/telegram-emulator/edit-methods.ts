import { captionOf } from './message-methods';
import { nowSeconds, type CallContext, type MethodHandler, type MethodTable } from './method-context';
import { chatIdParam, optionalString, replyMarkupParam, requiredNumber } from './params';
import { formatText } from './text-format';
import { badRequest, type TgChat, type TgMessage } from './types';

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';

interface Target {
  chat: TgChat;
  message: TgMessage;
}

function editable(ctx: CallContext): Target {
  if (ctx.params.inline_message_id !== undefined) throw badRequest('inline messages are not emulated');
  const chat = ctx.state.resolveChat(chatIdParam(ctx.params));
  const message = ctx.state.messages.find(ctx.bot.id, chat, requiredNumber(ctx.params, 'message_id'));
  if (!message) throw badRequest('message to edit not found');
  const own =
    message.from?.id === ctx.bot.id || (chat.type === 'channel' && message.sender_chat !== undefined);
  if (!own) throw badRequest("message can't be edited");
  return { chat, message };
}

/** Applies an edit the way Telegram does: identical content is an error, and an edit without
 * reply_markup removes the inline keyboard. */
function applyEdit(ctx: CallContext, { chat, message }: Target, patch: Partial<TgMessage>): TgMessage {
  const next: TgMessage = { ...message, ...patch };
  const markup = replyMarkupParam(ctx.params);
  if (markup) next.reply_markup = markup;
  else delete next.reply_markup;
  for (const key of Object.keys(patch) as (keyof TgMessage)[]) if (next[key] === undefined) delete next[key];
  if (JSON.stringify({ ...next, edit_date: message.edit_date }) === JSON.stringify(message))
    throw badRequest(NOT_MODIFIED);
  next.edit_date = nowSeconds();
  ctx.state.messages.replaceMessage(ctx.bot.id, chat, next);
  return next;
}

const editMessageText: MethodHandler = (ctx) => {
  const target = editable(ctx);
  if (target.message.text === undefined) throw badRequest('there is no text in the message to edit');
  const { text, entities } = formatText(
    optionalString(ctx.params, 'text') ?? '',
    ctx.params.parse_mode,
    ctx.params.entities,
  );
  if (text.trim() === '') throw badRequest('message text is empty');
  if (text.length > 4096) throw badRequest('MESSAGE_TOO_LONG');
  return applyEdit(ctx, target, { text, entities: entities.length > 0 ? entities : undefined });
};

const editMessageCaption: MethodHandler = (ctx) => {
  const target = editable(ctx);
  const { caption, caption_entities } = captionOf(ctx.params);
  return applyEdit(ctx, target, { caption, caption_entities });
};

const editMessageReplyMarkup: MethodHandler = (ctx) => applyEdit(ctx, editable(ctx), {});

const deleteMessage: MethodHandler = (ctx) => {
  const chat = ctx.state.resolveChat(chatIdParam(ctx.params));
  if (!ctx.state.messages.deleteMessage(ctx.bot.id, chat, requiredNumber(ctx.params, 'message_id'))) {
    throw badRequest('message to delete not found');
  }
  return true;
};

export const editMethods: MethodTable = {
  editMessageText,
  editMessageCaption,
  editMessageReplyMarkup,
  deleteMessage,
};
