import type { BotIdentity } from '@dvorik/config';
import type { Context } from 'telegraf';

/** What every handler knows about the bot an update came through (a test twin marks is_test). */
export interface DvorikState {
  bot: BotIdentity;
}

export type BotContext = Context & { state: DvorikState };

export function botIdentityMiddleware(identity: BotIdentity) {
  return (ctx: Context, next: () => Promise<void>) => {
    (ctx.state as DvorikState).bot = identity;
    return next();
  };
}
