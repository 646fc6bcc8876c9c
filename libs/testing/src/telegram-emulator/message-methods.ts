import { resolveMedia } from './media-files';
import { nowSeconds, type CallContext, type MethodHandler, type MethodTable } from './method-context';
import {
  chatIdParam,
  optionalBoolean,
  optionalNumber,
  optionalString,
  replyMarkupParam,
  requiredNumber,
} from './params';
import { formatText } from './text-format';
import { badRequest, type ApiParams, type MediaKind, type TgChat, type TgMessage } from './types';

type Draft = Omit<TgMessage, 'message_id'>;

/** The chat a send targets, checked for existence and for the bot's right to post there. */
export function targetChat({ state, bot, params }: CallContext): TgChat {
  const chat = state.resolveChat(chatIdParam(params));
  state.assertCanPost(bot, chat);
  return chat;
}

/** Fields every message a bot sends has, before its content. */
function baseDraft(ctx: CallContext, chat: TgChat): Draft {
  const draft: Draft = { date: nowSeconds(), chat };
  if (chat.type === 'channel') draft.sender_chat = chat;
  else draft.from = ctx.bot.user;
  const markup = replyMarkupParam(ctx.params);
  if (markup) draft.reply_markup = markup;
  const replyParameters = ctx.params.reply_parameters as ApiParams | undefined;
  const replyTo = optionalNumber(
    replyParameters ?? ctx.params,
    replyParameters ? 'message_id' : 'reply_to_message_id',
  );
  if (replyTo !== undefined) {
    const original = ctx.state.messages.find(ctx.bot.id, chat, replyTo);
    const allowWithout = optionalBoolean(replyParameters ?? ctx.params, 'allow_sending_without_reply');
    if (original) draft.reply_to_message = original;
    else if (!allowWithout) throw badRequest('message to be replied not found');
  }
  return draft;
}

/** Caption and caption_entities after parse_mode, within Telegram's 1024 characters. */
export function captionOf(params: ApiParams): Pick<TgMessage, 'caption' | 'caption_entities'> {
  const raw = optionalString(params, 'caption');
  if (raw === undefined || raw === '') return {};
  const { text, entities } = formatText(raw, params.parse_mode, params.caption_entities);
  if (text.length > 1024) throw badRequest('message caption is too long');
  return entities.length > 0 ? { caption: text, caption_entities: entities } : { caption: text };
}

function store(ctx: CallContext, chat: TgChat, draft: Draft): TgMessage {
  return ctx.state.messages.storeBotMessage(ctx.bot, chat, draft, ctx.call.method, ctx.params);
}

const sendMessage: MethodHandler = (ctx) => {
  const chat = targetChat(ctx);
  const { text, entities } = formatText(
    optionalString(ctx.params, 'text') ?? '',
    ctx.params.parse_mode,
    ctx.params.entities,
  );
  if (text.trim() === '') throw badRequest('message text is empty');
  if (text.length > 4096) throw badRequest('message is too long');
  const draft = baseDraft(ctx, chat);
  draft.text = text;
  if (entities.length > 0) draft.entities = entities;
  return store(ctx, chat, draft);
};

const sendMedia =
  (kind: MediaKind): MethodHandler =>
  (ctx) => {
    const chat = targetChat(ctx);
    const { content, use } = resolveMedia(ctx.state, ctx.bot.id, kind, kind, ctx.params[kind], ctx.files);
    (ctx.call.media ??= []).push(use);
    return store(ctx, chat, { ...baseDraft(ctx, chat), ...content, ...captionOf(ctx.params) });
  };

const sendMediaGroup: MethodHandler = (ctx) => {
  const chat = targetChat(ctx);
  const items = ctx.params.media;
  if (!Array.isArray(items) || items.length < 2 || items.length > 10)
    throw badRequest('media group must contain 2-10 items');
  const groupId = String(ctx.state.nextSequence() + 1e12);
  const resolved = (items as ApiParams[]).map((item, index) => {
    const kind = item.type;
    if (kind !== 'photo' && kind !== 'video' && kind !== 'document')
      throw badRequest(`unsupported media type "${String(kind)}"`);
    const media = resolveMedia(ctx.state, ctx.bot.id, kind, `media[${index}]`, item.media, ctx.files);
    (ctx.call.media ??= []).push(media.use);
    return { ...media.content, ...captionOf(item) };
  });
  // Telegram ignores reply_markup on albums.
  const { reply_markup: _ignored, ...base } = baseDraft(ctx, chat);
  return resolved.map((content) => store(ctx, chat, { ...base, ...content, media_group_id: groupId }));
};

function sourceMessage(ctx: CallContext, verb: 'copy' | 'forward'): TgMessage {
  const fromChat = ctx.state.resolveChat(chatIdParam(ctx.params, 'from_chat_id'));
  const source = ctx.state.messages.find(ctx.bot.id, fromChat, requiredNumber(ctx.params, 'message_id'));
  if (!source) throw badRequest(`message to ${verb} not found`);
  return source;
}

function contentOf(source: TgMessage): Partial<TgMessage> {
  const { text, entities, caption, caption_entities, photo, video, document, contact } = source;
  return Object.fromEntries(
    Object.entries({ text, entities, caption, caption_entities, photo, video, document, contact }).filter(
      ([, v]) => v !== undefined,
    ),
  );
}

const copyMessage: MethodHandler = (ctx) => {
  const source = sourceMessage(ctx, 'copy');
  const chat = targetChat(ctx);
  const caption = ctx.params.caption !== undefined ? captionOf(ctx.params) : {};
  const message = store(ctx, chat, { ...baseDraft(ctx, chat), ...contentOf(source), ...caption });
  return { message_id: message.message_id };
};

const forwardMessage: MethodHandler = (ctx) => {
  const source = sourceMessage(ctx, 'forward');
  const chat = targetChat(ctx);
  const draft: Draft = { ...baseDraft(ctx, chat), ...contentOf(source), forward_date: source.date };
  if (source.chat.type === 'channel') {
    draft.forward_origin = {
      type: 'channel',
      date: source.date,
      chat: source.chat,
      message_id: source.message_id,
    };
    draft.forward_from_chat = source.chat;
    draft.forward_from_message_id = source.message_id;
  } else if (source.from) {
    draft.forward_origin = { type: 'user', date: source.date, sender_user: source.from };
    draft.forward_from = source.from;
  }
  return store(ctx, chat, draft);
};

export const messageMethods: MethodTable = {
  sendMessage,
  sendPhoto: sendMedia('photo'),
  sendVideo: sendMedia('video'),
  sendDocument: sendMedia('document'),
  sendMediaGroup,
  copyMessage,
  forwardMessage,
};
