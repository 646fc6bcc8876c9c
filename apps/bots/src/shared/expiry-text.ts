import type { BotReplier } from '../runtime/bot-replier';
import { template } from '../runtime/bot-text';

/** «действует до …» of a code: its date, or the `discount_no_expiry` template for a code without one. */
export async function expiryText(replier: BotReplier, expiresOn: string | null): Promise<string> {
  return expiresOn ?? (await replier.render(template('discount_no_expiry')));
}
