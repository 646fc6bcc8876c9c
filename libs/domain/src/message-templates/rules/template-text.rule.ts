import { fitRendered } from './fit-telegram-html';

export const PLACEHOLDERS = [
  'first_name',
  'discount_code',
  'discount_value',
  'discount_expires_at',
  'channel_link',
  // Beyond DESIGN's five: what the loyalty-loop texts need (cashier answers, refusals, orders).
  'discount_name',
  'next_date',
  'client_name',
  'cashier_name',
  'redeemed_at',
  'store',
  'locked_until',
  'order_id',
  // Staff alerts and exports (administration).
  'staff_name',
  'details',
  'count',
  'title',
  // «Мой профиль», staff login and broadcasts from the chat.
  'phone',
  'gender',
  'login_url',
  'minutes',
  'role',
  'audience',
  // The owner's evening: the digest's figures and the anomaly alerts.
  'date',
  'redeemed_today',
  'redeemed_last_week',
  'by_store',
  'by_cashier',
  'new_clients',
  'new_subscriptions',
  'best_campaign',
  'broadcasts_sent',
  'recipients',
  'delivered',
  'blocked',
  'failed_checks',
  'not_found',
  'median',
  'percent',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Telegram's limit for a message; pass 1024 for a media caption. */
export const MAX_MESSAGE_LENGTH = 4096;

// `{{ name }}` with optional inner spaces; the name is anything up to the closing braces so a
// typo such as `{{First Name}}` is reported by name instead of as broken syntax.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
// `{first_name}` — the usual slip when a known placeholder gets single braces.
const SINGLE_BRACED = /(?<!\{)\{\s*([a-z_]+)\s*\}(?!\})/g;

export function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

export interface TemplateTextOptions {
  maxLength?: number;
}

/**
 * Why a template body cannot be saved; empty when it can. The length is the body's own
 * length in UTF-16 units (how Telegram counts), tags included: conservative, so a saved
 * template never becomes a message Telegram refuses once the placeholders are filled in.
 */
export function validateTemplateText(
  body: string,
  { maxLength = MAX_MESSAGE_LENGTH }: TemplateTextOptions = {},
): string[] {
  const errors: string[] = [];
  if (body.trim() === '') return ['Text is empty'];
  if (body.length > maxLength)
    errors.push(`Text is ${body.length} characters long; the limit is ${maxLength}`);

  const unknown = new Set<string>();
  for (const [, name] of body.matchAll(PLACEHOLDER)) {
    if (!isPlaceholder(name)) unknown.add(name);
  }
  for (const name of unknown) {
    errors.push(
      name === ''
        ? 'Empty placeholder {{}}'
        : `Unknown placeholder {{${name}}}; known: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`,
    );
  }

  // Whatever double braces remain once placeholders are removed are unbalanced; so are
  // triple braces, which would render a placeholder wrapped in stray `{ }`.
  const rest = body.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}') || /\{{3}|\}{3}/.test(body))
    errors.push('Unbalanced {{ or }}: write placeholders as {{name}}');

  for (const [, name] of rest.matchAll(SINGLE_BRACED)) {
    if (isPlaceholder(name)) errors.push(`Placeholder {${name}} needs double braces: {{${name}}}`);
  }
  return errors;
}

/** Escapes what Telegram's HTML parse mode treats as markup (its four supported named entities). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Fills the placeholders. The body is staff-written HTML and trusted; the values come from
 * clients (a first name may be `<b>`) and are escaped. A missing value renders as nothing;
 * an unknown placeholder — impossible after validation — is left as typed so the mistake is visible.
 * The result fits `maxLength` (Telegram's 4096; 1024 for a caption): long values are shortened
 * first, then the text is cut without breaking its HTML (fit-telegram-html.ts).
 */
export function renderTemplate(
  body: string,
  values: Partial<Record<Placeholder, string>>,
  { maxLength = MAX_MESSAGE_LENGTH }: TemplateTextOptions = {},
): string {
  const fill = (filled: Partial<Record<Placeholder, string>>) =>
    body.replace(PLACEHOLDER, (whole, name: string) =>
      isPlaceholder(name) ? escapeHtml(filled[name] ?? '') : whole,
    );
  // The body was checked on save; a long first name or alert detail can still push the filled
  // text past Telegram's limit: the final text is what must fit.
  return fitRendered(fill, values, maxLength);
}
