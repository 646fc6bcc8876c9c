import type { SqlFragment } from '../filter/compile-client-filter.rule';
import { normalizePhone } from './client-fields.rule';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The list's `search` as SQL over `clients c`. Prefix matches only, so the name, username and
 * phone indexes serve it at 1M clients (a `%middle%` match would scan them all).
 */
export function clientSearchSql(search: string, phonesVisible: boolean): SqlFragment | null {
  const text = search.trim().slice(0, 64);
  if (text === '') return null;
  const parts: string[] = [];
  const params: unknown[] = [];
  if (/^\d{1,19}$/.test(text)) {
    parts.push('c.telegram_id = ?', 'c.id = ?');
    params.push(text, text);
  }
  const phone = phonesVisible && /^[+\d\s()-]{5,}$/.test(text) ? text.replace(/[^\d+]/g, '') : null;
  if (phone && phone.replace('+', '').length >= 5) {
    const normalized =
      normalizePhone(phone) ?? (phone.startsWith('+') ? phone : `+${phone.replace(/^8/, '7')}`);
    parts.push('c.phone LIKE ?');
    params.push(`${escapeLike(normalized)}%`);
  }
  if (!/^\d+$/.test(text)) {
    const words = text.replace(/^@/, '').split(/\s+/).slice(0, 3);
    // Every word must start one of the name columns: "Анна Ив" finds Анна Иванова.
    const perWord = words.map(() => '(c.first_name LIKE ? OR c.last_name LIKE ? OR c.username LIKE ?)');
    parts.push(`(${perWord.join(' AND ')})`);
    for (const word of words) params.push(...Array(3).fill(`${escapeLike(word)}%`));
  }
  return parts.length ? { sql: `(${parts.join(' OR ')})`, params } : null;
}
