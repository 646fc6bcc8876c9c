import { validate } from '@telegram-apps/init-data-node';

/** DESIGN §2: a Mini App session older than an hour is refused. */
export const INIT_DATA_MAX_AGE_SECONDS = 3600;

export type InitDataCheck =
  { ok: true; telegramId: number; botIndex: number } | { ok: false; reason: string };

/**
 * Telegram's «Validating data received via the Mini App»: the data-check-string (every field but
 * `hash`, sorted, `key=value` joined by newlines) signed with HMAC-SHA256 under the key
 * HMAC-SHA256("WebAppData", bot token), compared with `hash`; `auth_date` at most an hour old.
 * The check itself is @telegram-apps/init-data-node's; this says which of the staff bots (the bot
 * and its test twin) signed it and who the user is.
 */
export function verifyInitData(
  initData: string,
  botTokens: readonly string[],
  maxAgeSeconds = INIT_DATA_MAX_AGE_SECONDS,
): InitDataCheck {
  if (!initData || initData.length > 4096) return { ok: false, reason: 'no init data' };
  let lastError = 'no staff bot configured';
  for (const [botIndex, token] of botTokens.entries()) {
    try {
      validate(initData, token, { expiresIn: maxAgeSeconds });
    } catch (error) {
      lastError = (error as Error).name;
      continue;
    }
    const authDate = Number(new URLSearchParams(initData).get('auth_date'));
    // A clock a minute fast is a phone's; an auth_date from the future beyond that is not Telegram's.
    if (authDate * 1000 > Date.now() + 60_000) return { ok: false, reason: 'auth_date in the future' };
    const telegramId = userId(initData);
    return telegramId === null ? { ok: false, reason: 'no user' } : { ok: true, telegramId, botIndex };
  }
  return { ok: false, reason: lastError };
}

/** The signed `user` field's id (trusted only after the signature is checked). */
function userId(initData: string): number | null {
  try {
    const user = JSON.parse(new URLSearchParams(initData).get('user') ?? 'null') as { id?: unknown } | null;
    return typeof user?.id === 'number' && Number.isSafeInteger(user.id) && user.id > 0 ? user.id : null;
  } catch {
    return null;
  }
}
