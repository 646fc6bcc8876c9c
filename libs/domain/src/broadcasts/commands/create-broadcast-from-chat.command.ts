import { Command } from '@nestjs/cqrs';
import type { BroadcastView } from '../broadcast.view';
import type { MediaKind } from '../broadcast.types';

/** A message a staff member wrote or forwarded to the client bot, already in Telegram HTML. */
export interface ChatMessageContent {
  html: string;
  /** Media Telegram already has: its file_id for the bot that received it (no upload needed). */
  media: {
    kind: MediaKind;
    fileId: string;
    bot: string;
    filename: string;
    mimeType: string;
    size: number;
  } | null;
}

/** A draft with origin `bot`; the audience is chosen next (preset buttons), then launched. */
export class CreateBroadcastFromChatCommand extends Command<BroadcastView> {
  constructor(
    readonly telegramId: number,
    readonly content: ChatMessageContent,
  ) {
    super();
  }
}
