import { TelegramError } from 'telegraf';
import { redactBotTokens } from './redact-bot-tokens';
import type { TelegramFailure } from './telegram-outcome';

/**
 * Maps whatever telegraf threw into the outcome the rest of the system understands. The
 * description is logged and stored (a recipient's error, shown to staff): never a bot token.
 */
export function classifyTelegramError(error: unknown): TelegramFailure {
  const failure = classify(error);
  return { ...failure, description: redactBotTokens(failure.description) };
}

function classify(error: unknown): TelegramFailure {
  if (error instanceof TelegramError) {
    const description = error.description ?? error.message;
    if (error.code === 429) {
      return {
        ok: false,
        kind: 'rate_limited',
        retryAfter: Math.max(1, error.parameters?.retry_after ?? 1),
        description,
      };
    }
    if (error.code === 403) return { ok: false, kind: 'blocked', description };
    // 5xx is Telegram having a bad moment: as retryable as a dropped connection.
    if (error.code >= 500) return { ok: false, kind: 'network', description: `${error.code} ${description}` };
    return { ok: false, kind: 'bad_request', errorCode: error.code, description };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { ok: false, kind: 'network', description: message.slice(0, 500) };
}
