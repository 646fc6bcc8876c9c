import { Command } from '@nestjs/cqrs';

/** FIRST_OWNER_TELEGRAM_ID at start: created once, a no-op on every later start or replica. */
export class EnsureFirstOwnerCommand extends Command<{ created: boolean }> {
  constructor(readonly telegramId: number) {
    super();
  }
}
