import { Command } from '@nestjs/cqrs';
import type { CashierView } from '../cashier.entity';

/** The first message anyone sends to the staff bot: a pending request (once per Telegram id). */
export class RequestCashierAccessCommand extends Command<{ cashier: CashierView; created: boolean }> {
  constructor(
    readonly input: {
      telegramId: number;
      firstName?: string | null;
      lastName?: string | null;
      username?: string | null;
      isTest?: boolean;
    },
  ) {
    super();
  }
}
