import type { BotKind } from '@dvorik/config';

/** `chat_member` must be asked for explicitly, or Telegram never sends channel joins and leaves. */
export const ALLOWED_UPDATES: Record<
  BotKind,
  Array<'message' | 'callback_query' | 'chat_member' | 'my_chat_member'>
> = {
  client: ['message', 'callback_query', 'chat_member', 'my_chat_member'],
  staff: ['message', 'callback_query'],
};
