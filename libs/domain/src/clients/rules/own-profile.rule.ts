/** The longest name a client may give themselves (a greeting, a cashier's screen). */
export const MAX_CLIENT_NAME_LENGTH = 64;

/**
 * A name a client typed in «Мой профиль» as stored: spaces collapsed, the first word as the first
 * name and the rest as the last name. Null for what cannot be a name: empty, too long, a command,
 * or HTML-looking text (a name is printed in messages and on the cashier's screen).
 */
export function parseClientName(input: string): { firstName: string; lastName: string | null } | null {
  const text = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > MAX_CLIENT_NAME_LENGTH) return null;
  if (text.startsWith('/') || /[<>]/.test(text) || !/\p{L}/u.test(text)) return null;
  const [firstName, ...rest] = text.split(' ');
  return { firstName, lastName: rest.length > 0 ? rest.join(' ') : null };
}

/**
 * Telegram's contact button sends the sender's own card with their `user_id`; a forwarded or
 * picked card of someone else carries another id (or none). Only the client's own is accepted.
 */
export function isOwnContact(contactUserId: number | undefined | null, telegramId: number): boolean {
  return contactUserId !== undefined && contactUserId !== null && contactUserId === telegramId;
}
