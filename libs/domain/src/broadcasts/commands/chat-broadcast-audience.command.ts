import { Command } from '@nestjs/cqrs';
import type { BroadcastView } from '../broadcast.view';
import type { BroadcastDraftInput } from './create-broadcast.command';

/** The author of a draft from the chat picks its audience there (ChatDraftAuthor decides). */
export class SetChatBroadcastAudienceCommand extends Command<BroadcastView> {
  constructor(
    readonly telegramId: number,
    readonly draftId: number,
    readonly audience: BroadcastDraftInput['audience'],
  ) {
    super();
  }
}
