/**
 * A bot token is `<bot id>:<secret>`; telegraf puts it in the request URL (`/bot<token>/method`),
 * and that URL reaches error messages when Telegram (or a proxy in front of it) answers with
 * something that is not JSON. The one redaction every error path and log line goes through:
 * the bot id stays (it is public), the secret goes.
 */
const BOT_TOKEN = /(\d{3,}):[A-Za-z0-9_-]{10,}/g;

export const REDACTED_SECRET = '[redacted]';

export function redactBotTokens(text: string): string {
  return text.replace(BOT_TOKEN, `$1:${REDACTED_SECRET}`);
}

/** pino options: every serialized log line passes through the redaction. */
export const pinoBotTokenRedaction = { hooks: { streamWrite: redactBotTokens } } as const;
