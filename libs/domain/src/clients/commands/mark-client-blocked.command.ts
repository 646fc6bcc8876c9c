import { Command } from '@nestjs/cqrs';

/** Telegram answered 403 (the client blocked the bot); by client id or by chat (Telegram) id. */
export class MarkClientBlockedCommand extends Command<{ changed: boolean }> {
  constructor(readonly ref: { clientId: number } | { telegramId: number }) {
    super();
  }
}
