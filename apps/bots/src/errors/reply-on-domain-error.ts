import { DomainError, type DomainErrorCode } from '@dvorik/domain';
import type { BotContext } from '../runtime/bot-context';
import type { BotReplier } from '../runtime/bot-replier';
import { domainErrorReply } from './domain-error-replies';

/** Runs a handler body; a refusal from the domain becomes its Russian reply, anything else rethrows. */
export async function replyOnDomainError(
  ctx: BotContext,
  replier: BotReplier,
  work: () => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    await replier.reply(ctx, domainErrorReply(error.code as DomainErrorCode));
  }
}
