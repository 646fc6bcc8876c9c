import type { TelegramOutcome } from '@dvorik/telegram';

/** Network failures retried per recipient before it counts as failed. */
export const MAX_SEND_ATTEMPTS = 5;
const MAX_BACKOFF_MS = 60_000;

/**
 * What one send means for its recipient (DESIGN §2 Sending). `rate_limited` consumes no
 * attempt: the recipient goes back in line and every sender waits `retryAfterMs`. `fatal` is
 * Telegram refusing the bot itself (token revoked): no recipient can succeed, the broadcast fails.
 */
export type RecipientResult =
  | { kind: 'sent' }
  | { kind: 'failed'; blocked: boolean; error: string }
  | { kind: 'retry'; error: string; delayMs: number }
  | { kind: 'rate_limited'; retryAfterMs: number }
  | { kind: 'fatal'; error: string };

/** Telegram refusing the file itself, not this chat: every other recipient would be refused too. */
const MEDIA_REFUSAL = /file|photo|video|document|image|media|dimension/i;

/**
 * `attempts`: how many network attempts this recipient already used before this one;
 * `uploading`: this send carried the media file (its first upload).
 */
export function recipientResult(
  outcome: TelegramOutcome<unknown>,
  attempts: number,
  uploading = false,
): RecipientResult {
  if (outcome.ok) return { kind: 'sent' };
  switch (outcome.kind) {
    case 'rate_limited':
      return { kind: 'rate_limited', retryAfterMs: outcome.retryAfter * 1000 };
    case 'blocked':
      return { kind: 'failed', blocked: true, error: clip(`403 ${outcome.description}`) };
    case 'bad_request':
      if (
        outcome.errorCode === 401 ||
        outcome.errorCode === 404 ||
        (uploading && MEDIA_REFUSAL.test(outcome.description))
      )
        return { kind: 'fatal', error: clip(`${outcome.errorCode} ${outcome.description}`) };
      return { kind: 'failed', blocked: false, error: clip(`${outcome.errorCode} ${outcome.description}`) };
    case 'network': {
      const error = clip(`network: ${outcome.description}`);
      const used = attempts + 1;
      if (used >= MAX_SEND_ATTEMPTS) return { kind: 'failed', blocked: false, error };
      return { kind: 'retry', error, delayMs: backoffMs(used) };
    }
  }
}

/** 1 s, 2 s, 4 s, … capped at a minute: a flaky network gets time, a recipient is not lost. */
export function backoffMs(attemptsUsed: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attemptsUsed - 1));
}

const clip = (text: string) => (text.length > 512 ? `${text.slice(0, 511)}…` : text);
