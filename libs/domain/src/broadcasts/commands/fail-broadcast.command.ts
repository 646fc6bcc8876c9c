import { Command } from '@nestjs/cqrs';

/** The whole broadcast cannot go on (Telegram refuses the bot, the audience vanished). */
export class FailBroadcastCommand extends Command<{ failed: boolean }> {
  constructor(
    readonly id: number,
    readonly reason: string,
  ) {
    super();
  }
}
