import { Command } from '@nestjs/cqrs';

/** Channel membership as just seen (a button check or a `chat_member` update). */
export class SetSubscriptionCommand extends Command<{ changed: boolean; subscribed: boolean }> {
  constructor(
    readonly clientId: number,
    readonly subscribed: boolean,
  ) {
    super();
  }
}
