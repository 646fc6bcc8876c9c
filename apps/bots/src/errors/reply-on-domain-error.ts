import { DomainError } from '@dvorik/domain';
import type { BotContext } from '../runtime/bot-context';
import type { BotReplier } from '../runtime/bot-replier';

/** Callback queries answer a refusal as an alert on the pressed button; messages as a reply. */
export type RefusalChannel = 'reply' | 'alert';

/** Telegram shows callback alerts as plain text of at most 200 characters. */
export function alertText(html: string): string {
  const plain = html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return plain.length > 200 ? `${plain.slice(0, 199)}…` : plain;
}

/** Runs a handler body; a refusal from the domain becomes its Russian reply, anything else rethrows. */
export async function replyOnDomainError(
  ctx: BotContext,
  replier: BotReplier,
  work: () => Promise<unknown>,
  channel: RefusalChannel = 'reply',
): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const html = await replier.renderRefusal(error);
    if (channel === 'alert') await replier.answerCallback(ctx, alertText(html), true);
    else await replier.reply(ctx, html);
  }
}
