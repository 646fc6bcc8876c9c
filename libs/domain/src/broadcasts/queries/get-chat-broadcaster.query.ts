import { Query } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';

/**
 * Who is writing to the client bot, for the from-chat flow: null for anyone who may not
 * broadcast from the chat (they are treated as a client); `enabled` mirrors the setting
 * `auto_broadcast_from_admins`.
 */
export class GetChatBroadcasterQuery extends Query<{
  actor: Actor;
  staffId: number;
  enabled: boolean;
} | null> {
  constructor(readonly telegramId: number) {
    super();
  }
}
