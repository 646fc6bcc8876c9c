import { Command } from '@nestjs/cqrs';

/** The author of a draft from the chat drops it there (ChatDraftAuthor decides). */
export class CancelChatBroadcastCommand extends Command<void> {
  constructor(
    readonly telegramId: number,
    readonly draftId: number,
  ) {
    super();
  }
}
