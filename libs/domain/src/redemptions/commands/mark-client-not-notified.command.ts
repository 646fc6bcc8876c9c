import { Command } from '@nestjs/cqrs';

/** The «скидка применена» message could not reach the client; the redemption itself stands. */
export class MarkClientNotNotifiedCommand extends Command<{ marked: boolean }> {
  constructor(readonly logId: number) {
    super();
  }
}
