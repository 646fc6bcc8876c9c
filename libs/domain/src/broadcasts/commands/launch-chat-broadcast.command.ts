import { Command } from '@nestjs/cqrs';
import type { BroadcastView } from '../broadcast.view';

/** The author of a draft from the chat launches it there, now (ChatDraftAuthor decides). */
export class LaunchChatBroadcastCommand extends Command<BroadcastView> {
  constructor(
    readonly telegramId: number,
    readonly draftId: number,
  ) {
    super();
  }
}
