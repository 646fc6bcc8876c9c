/** What is cut off is replaced by this. */
export const ELLIPSIS = '…';

// A tag, an entity, or one code point (a surrogate pair stays whole).
const TOKEN = /<[^>]*>|&(?:#\d+|#x[\da-fA-F]+|[A-Za-z]+);|[\s\S]/gu;
const TAG = /^<(\/?)([A-Za-z][\w-]*)/;

/**
 * Cuts Telegram HTML to at most `max` UTF-16 units (markup counted too: conservative), never
 * inside a tag, an entity or a surrogate pair, closing every tag left open so the result
 * still parses. Text within the limit is returned as it is.
 */
export function fitTelegramHtml(html: string, max: number): string {
  if (html.length <= max) return html;
  const open: string[] = [];
  let out = '';
  for (const [token] of html.matchAll(TOKEN)) {
    const tag = TAG.exec(token);
    const next = tag ? (tag[1] ? open.slice(0, -1) : [...open, tag[2]]) : open;
    const closing = next.reduce((n, name) => n + name.length + 3, 0);
    if (out.length + token.length + closing + ELLIPSIS.length > max) break;
    out += token;
    if (tag) {
      if (tag[1]) open.pop();
      else open.push(tag[2]);
    }
  }
  return (
    out +
    ELLIPSIS +
    open
      .reverse()
      .map((name) => `</${name}>`)
      .join('')
  );
}

const codePoints = (text: string) => Array.from(text);

/**
 * Fills a template so the message fits Telegram's limit: first the longest filled-in values
 * (names, details) are shortened — the template's own words, codes and links stay whole —
 * and whatever is still too long is cut safely as HTML.
 */
export function fitRendered<K extends string>(
  render: (values: Partial<Record<K, string>>) => string,
  values: Partial<Record<K, string>>,
  max: number,
): string {
  let current = { ...values };
  let text = render(current);
  for (let round = 0; round < 16 && text.length > max; round++) {
    const entries = Object.entries(current) as Array<[K, string]>;
    const [key, value] = entries.reduce<[K | null, string]>(
      (a, [k, v]) => (v.length > a[1].length ? [k, v] : a),
      [null, ''],
    );
    if (key === null || value.length <= 1) break;
    const keep = Math.max(0, codePoints(value).length - (text.length - max) - ELLIPSIS.length);
    current = { ...current, [key]: codePoints(value).slice(0, keep).join('') + ELLIPSIS };
    text = render(current);
  }
  return fitTelegramHtml(text, max);
}
