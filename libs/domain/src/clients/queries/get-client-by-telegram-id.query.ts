import { Query } from '@nestjs/cqrs';
import type { ClientView } from '../client.entity';

/** The bots' lookup: null for someone who never pressed /start. */
export class GetClientByTelegramIdQuery extends Query<ClientView | null> {
  constructor(readonly telegramId: number) {
    super();
  }
}
