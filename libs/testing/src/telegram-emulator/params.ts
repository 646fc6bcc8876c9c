import { badRequest, type ApiParams, type TgReplyMarkup } from './types';

// Parameters arrive as JSON values, or as strings from query strings and form bodies; these
// readers accept both, the way the real Bot API does.

/** Fields Telegram expects as JSON-serialized objects when sent as form fields. */
export const JSON_FIELDS: ReadonlySet<string> = new Set([
  'reply_markup',
  'entities',
  'caption_entities',
  'allowed_updates',
  'media',
  'link_preview_options',
  'reply_parameters',
  'commands',
  'scope',
]);

/** Decodes JSON-typed fields that came in as strings (form bodies, query strings). */
export function decodeJsonFields(params: ApiParams): ApiParams {
  for (const field of JSON_FIELDS) {
    const value = params[field];
    if (typeof value !== 'string') continue;
    try {
      params[field] = JSON.parse(value);
    } catch {
      throw badRequest(`can't parse ${field} JSON object`);
    }
  }
  return params;
}

export function optionalString(params: ApiParams, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw badRequest(`field "${name}" must be of type String`);
}

export function requiredString(params: ApiParams, name: string): string {
  const value = optionalString(params, name);
  if (value === undefined) throw badRequest(`${name} is empty`);
  return value;
}

export function optionalNumber(params: ApiParams, name: string): number | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) throw badRequest(`field "${name}" must be of type Integer`);
  return number;
}

export function requiredNumber(params: ApiParams, name: string): number {
  const value = optionalNumber(params, name);
  if (value === undefined) throw badRequest(`${name} is empty`);
  return value;
}

export function optionalBoolean(params: ApiParams, name: string): boolean {
  const value = params[name];
  return value === true || value === 'true' || value === 1 || value === '1';
}

/** A chat_id is an integer or an `@channelusername`. */
export function chatIdParam(params: ApiParams, name = 'chat_id'): number | string {
  const value = params[name];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.startsWith('@')) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  throw badRequest(value === undefined ? 'chat_id is empty' : 'chat not found');
}

export function stringList(params: ApiParams, name: string): string[] | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw badRequest(`field "${name}" must be an Array of Strings`);
  }
  return value;
}

/** Validates what Telegram rejects most often: oversized callback data and empty buttons. */
export function replyMarkupParam(params: ApiParams): TgReplyMarkup | undefined {
  const markup = params.reply_markup;
  if (markup === undefined || markup === null) return undefined;
  if (typeof markup !== 'object' || Array.isArray(markup))
    throw badRequest("can't parse reply keyboard markup JSON object");
  const keyboard = (markup as TgReplyMarkup).inline_keyboard;
  if (keyboard !== undefined) {
    if (!Array.isArray(keyboard) || !keyboard.every((row) => Array.isArray(row))) {
      throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
    }
    for (const button of keyboard.flat()) {
      if (typeof button?.text !== 'string' || button.text === '')
        throw badRequest('text buttons are unallowed in the inline keyboard');
      const data = button.callback_data;
      if (data !== undefined && (typeof data !== 'string' || data === '' || Buffer.byteLength(data) > 64)) {
        throw badRequest('BUTTON_DATA_INVALID');
      }
    }
  }
  return markup as TgReplyMarkup;
}

/** True when every key of `filter` equals the parameter, loosely: `'42'` matches `42`. */
export function paramsMatch(params: ApiParams, filter: ApiParams): boolean {
  return Object.entries(filter).every(([key, want]) => {
    const got = params[key];
    if (got === want) return true;
    const loose = (v: unknown): v is string | number | boolean =>
      ['string', 'number', 'boolean'].includes(typeof v);
    if (loose(got) && loose(want)) return String(got) === String(want);
    return got !== undefined && JSON.stringify(got) === JSON.stringify(want);
  });
}
