import { DateTime } from 'luxon';
import { MAX_TAG_LENGTH, MAX_TAGS_PER_CLIENT } from '../client-tags';

const TAG = /^[^\s,]+$/;

/**
 * Tags as stored: trimmed, lowercase (the collation compares case-insensitively anyway, so
 * `VIP` and `vip` are one tag), without duplicates. Errors name what is wrong, per tag.
 */
export function normalizeTags(
  input: readonly string[],
  max = MAX_TAGS_PER_CLIENT,
): { ok: true; tags: string[] } | { ok: false; errors: string[] } {
  const tags = [...new Set(input.map((t) => t.trim().toLowerCase()))];
  const errors = tags.flatMap((tag) =>
    tag.length === 0 || tag.length > MAX_TAG_LENGTH || !TAG.test(tag)
      ? [`"${tag}": 1–${MAX_TAG_LENGTH} characters, no spaces or commas`]
      : [],
  );
  if (tags.length > max) errors.push(`At most ${max} tags`);
  return errors.length ? { ok: false, errors } : { ok: true, tags: tags.sort() };
}

/**
 * A phone as stored: `+` and 10–15 digits. Russian habits are forgiven: `8 (914) 123-45-67`
 * and `9141234567` both become `+79141234567`. Null when it cannot be a phone number.
 */
export function normalizePhone(input: string): string | null {
  const compact = input.replace(/[\s()\-.]/g, '');
  if (!/^\+?\d{10,15}$/.test(compact)) return null;
  const digits = compact.replace(/^\+/, '');
  if (!compact.startsWith('+') && digits.length === 11 && digits.startsWith('8'))
    return `+7${digits.slice(1)}`;
  if (!compact.startsWith('+') && digits.length === 10 && digits.startsWith('9')) return `+7${digits}`;
  return `+${digits}`;
}

/** A staff correction of a birthday: a real ISO date, not in the future, not before 1900. */
export function isValidStaffBirthday(iso: string, now: Date, timeZone: string): boolean {
  const date = DateTime.fromISO(iso, { zone: timeZone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !date.isValid || date.year < 1900) return false;
  return date <= DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
}
