import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastError } from '../broadcasts.errors';
import { GetChatBroadcasterQuery } from '../queries/get-chat-broadcaster.query';

/**
 * The rule of broadcasts from the chat: only the staff member who wrote a draft in the client bot
 * may choose its audience, launch or cancel it there, and only while the mode is on.
 */
@Injectable()
export class ChatDraftAuthor {
  constructor(
    private readonly queries: QueryBus,
    private readonly broadcasts: BroadcastsRepository,
  ) {}

  /** The author's actor for the draft's own command, or the refusal that says why not. */
  async check(telegramId: number, draftId: number): Promise<Actor> {
    const who = await this.queries.execute(new GetChatBroadcasterQuery(telegramId));
    if (!who) throw BroadcastError.fromChatForbidden(telegramId);
    const draft = await this.broadcasts.findById(draftId);
    if (!draft || draft.createdBy !== who.staffId) throw BroadcastError.fromChatNotYours(draftId);
    if (!who.enabled) throw BroadcastError.fromChatDisabled();
    return who.actor;
  }
}
