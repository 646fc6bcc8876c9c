import type { BroadcastButton, MediaKind } from '../broadcast.types';

export type SendMethod = 'sendMessage' | 'sendPhoto' | 'sendVideo' | 'sendDocument';

/** A file the first send uploads; every later send names Telegram's file_id instead. */
export interface MediaUpload {
  source: Buffer;
  filename: string;
}

export interface OutgoingMessage {
  method: SendMethod;
  payload: Record<string, unknown>;
}

const METHOD: Readonly<Record<MediaKind, SendMethod>> = {
  photo: 'sendPhoto',
  video: 'sendVideo',
  document: 'sendDocument',
};

/**
 * The Bot API call for one recipient. `paid` adds `allow_paid_broadcast`, which lets a bot go
 * past 30 messages a second (up to 1000) for Telegram Stars.
 */
export function outgoingMessage(
  content: { text: string; buttons: BroadcastButton[][]; mediaKind: MediaKind | null },
  chatId: number,
  media: string | MediaUpload | null,
  paid: boolean,
): OutgoingMessage {
  const payload: Record<string, unknown> = { chat_id: chatId, parse_mode: 'HTML' };
  if (content.buttons.length > 0) payload.reply_markup = { inline_keyboard: content.buttons };
  if (paid) payload.allow_paid_broadcast = true;
  if (!content.mediaKind) return { method: 'sendMessage', payload: { ...payload, text: content.text } };
  if (media === null) throw new Error('A media broadcast needs its file or file_id');
  if (content.text !== '') payload.caption = content.text;
  return { method: METHOD[content.mediaKind], payload: { ...payload, [content.mediaKind]: media } };
}

/** Telegram's id of the file a media send carried: reused for every other recipient. */
export function sentFileId(kind: MediaKind, message: unknown): string | null {
  const m = message as {
    photo?: Array<{ file_id: string }>;
    video?: { file_id: string };
    document?: { file_id: string };
  };
  if (kind === 'photo') return m.photo?.at(-1)?.file_id ?? null;
  return m[kind]?.file_id ?? null;
}
