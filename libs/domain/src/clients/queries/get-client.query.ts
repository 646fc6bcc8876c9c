import { Query } from '@nestjs/cqrs';
import type { ClientView } from '../client.entity';

export class GetClientQuery extends Query<ClientView> {
  constructor(readonly id: number) {
    super();
  }
}

/** The bots' lookup: null for someone who never pressed /start. */
export class GetClientByTelegramIdQuery extends Query<ClientView | null> {
  constructor(readonly telegramId: number) {
    super();
  }
}
