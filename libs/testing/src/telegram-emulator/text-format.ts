import { BotApiError, type TgEntity } from './types';

export interface FormattedText {
  text: string;
  entities: TgEntity[];
}

const SIMPLE_TAGS: Readonly<Record<string, string>> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  'tg-spoiler': 'spoiler',
  code: 'code',
  pre: 'pre',
};
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };
const COMMAND = /^\/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?/;

interface OpenTag {
  name: string;
  offset: number;
  entity: Omit<TgEntity, 'offset' | 'length'> | null;
}

const parseError = (what: string): BotApiError =>
  new BotApiError(400, `Bad Request: can't parse entities: ${what}`);
const byteOffset = (src: string, index: number): number => Buffer.byteLength(src.slice(0, index));

/**
 * Turns a text and its parse_mode into what Telegram stores: plain text plus entities, with
 * offsets in UTF-16 code units. HTML is parsed and validated like Telegram does, because a
 * template with `<br>` or an unclosed tag must fail in tests the way it fails in production.
 * Markdown modes are stored verbatim.
 */
export function formatText(raw: string, parseMode: unknown, entities: unknown): FormattedText {
  if (typeof parseMode === 'string' && parseMode.toUpperCase() === 'HTML') return parseHtml(raw);
  return { text: raw, entities: Array.isArray(entities) ? (entities as TgEntity[]) : [] };
}

/** What a Telegram client attaches to a typed command such as `/start ref_42`. */
export function commandEntities(text: string): TgEntity[] {
  const match = COMMAND.exec(text);
  return match ? [{ type: 'bot_command', offset: 0, length: match[0].length }] : [];
}

export function parseHtml(src: string): FormattedText {
  let text = '';
  const entities: TgEntity[] = [];
  const stack: OpenTag[] = [];
  const special = /[<&]/g;
  let pos = 0;
  for (let match = special.exec(src); match; match = special.exec(src)) {
    text += src.slice(pos, match.index);
    pos = match.index;
    if (match[0] === '&') {
      const semi = src.indexOf(';', pos);
      const decoded = semi > pos && semi - pos <= 10 ? decodeEntity(src.slice(pos + 1, semi)) : null;
      text += decoded ?? '&';
      pos = decoded === null ? pos + 1 : semi + 1;
    } else {
      const end = src.indexOf('>', pos);
      if (end < 0) throw parseError(`Unclosed start tag at byte offset ${byteOffset(src, pos)}`);
      const tag = src.slice(pos + 1, end);
      if (tag.startsWith('/'))
        closeTag(tag.slice(1).trim().toLowerCase(), text.length, stack, entities, src, pos);
      else stack.push(openTag(tag, text.length, stack, src, pos));
      pos = end + 1;
    }
    special.lastIndex = pos;
  }
  text += src.slice(pos);
  const unclosed = stack.pop();
  if (unclosed) throw parseError(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text, entities };
}

function openTag(tag: string, offset: number, stack: OpenTag[], src: string, at: number): OpenTag {
  const match = /^([a-zA-Z][\w-]*)\s*([\s\S]*)$/.exec(tag);
  const name = match?.[1].toLowerCase() ?? tag;
  const attrs = parseAttributes(match?.[2] ?? '');
  const simple = SIMPLE_TAGS[name];
  if (name === 'code' && stack.at(-1)?.name === 'pre' && attrs.class?.startsWith('language-')) {
    const pre = stack.at(-1)?.entity;
    if (pre) pre.language = attrs.class.slice('language-'.length);
    return { name, offset, entity: null };
  }
  if (simple) return { name, offset, entity: { type: simple } };
  switch (name) {
    case 'a': {
      const href = attrs.href ?? '';
      const mention = /^tg:\/\/user\?id=(\d+)$/.exec(href);
      if (mention) {
        const user = { id: Number(mention[1]), is_bot: false, first_name: '' };
        return { name, offset, entity: { type: 'text_mention', user } };
      }
      return { name, offset, entity: href ? { type: 'text_link', url: href } : null };
    }
    case 'span':
      if (attrs.class !== 'tg-spoiler') throw parseError('Tag "span" must have class "tg-spoiler"');
      return { name, offset, entity: { type: 'spoiler' } };
    case 'blockquote':
      return {
        name,
        offset,
        entity: { type: 'expandable' in attrs ? 'expandable_blockquote' : 'blockquote' },
      };
    case 'tg-emoji':
      return { name, offset, entity: { type: 'custom_emoji', custom_emoji_id: attrs['emoji-id'] ?? '' } };
    default:
      throw parseError(`Unsupported start tag "${name}" at byte offset ${byteOffset(src, at)}`);
  }
}

function closeTag(
  name: string,
  end: number,
  stack: OpenTag[],
  entities: TgEntity[],
  src: string,
  at: number,
): void {
  const open = stack.pop();
  if (!open || open.name !== name) {
    const expected = open ? `expected "</${open.name}>", ` : '';
    throw parseError(
      `Unmatched end tag at byte offset ${byteOffset(src, at)}, ${expected}found "</${name}>"`,
    );
  }
  if (open.entity && end > open.offset)
    entities.push({ ...open.entity, offset: open.offset, length: end - open.offset });
}

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const attr = /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g;
  for (let m = attr.exec(source); m; m = attr.exec(source)) {
    attrs[m[1].toLowerCase()] = decodeAll(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

function decodeEntity(name: string): string | null {
  if (name in NAMED_ENTITIES) return NAMED_ENTITIES[name];
  const numeric = /^#(?:x([0-9a-fA-F]+)|(\d+))$/.exec(name);
  if (!numeric) return null;
  const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
  return code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

function decodeAll(value: string): string {
  return value.replace(/&([#\w]+);/g, (whole: string, name: string) => decodeEntity(name) ?? whole);
}
