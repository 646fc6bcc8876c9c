/** The tags Telegram's HTML parse mode understands (Bot API "Formatting options"). */
const SIMPLE_TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'tg-spoiler',
  'code',
  'pre',
  'blockquote',
]);
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };

export type TelegramHtml = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Parses Telegram HTML the way the Bot API does, so a broadcast that Telegram would refuse with
 * "can't parse entities" for every recipient is refused on save instead. Returns the visible
 * text: the length limits (4096, 1024 for a caption) count it, not the markup.
 */
export function parseTelegramHtml(html: string): TelegramHtml {
  let text = '';
  const open: string[] = [];
  const special = /[<&]/g;
  let pos = 0;
  for (let match = special.exec(html); match; match = special.exec(html)) {
    text += html.slice(pos, match.index);
    pos = match.index;
    if (match[0] === '&') {
      const semi = html.indexOf(';', pos);
      const decoded = semi > pos && semi - pos <= 10 ? decodeEntity(html.slice(pos + 1, semi)) : null;
      text += decoded ?? '&';
      pos = decoded === null ? pos + 1 : semi + 1;
    } else {
      const end = html.indexOf('>', pos);
      if (end < 0) return { ok: false, problem: `unclosed "<" at character ${pos}` };
      const problem = applyTag(html.slice(pos + 1, end), open);
      if (problem) return { ok: false, problem };
      pos = end + 1;
    }
    special.lastIndex = pos;
  }
  text += html.slice(pos);
  const unclosed = open.pop();
  if (unclosed) return { ok: false, problem: `<${unclosed}> is never closed` };
  return { ok: true, text };
}

function applyTag(tag: string, open: string[]): string | null {
  if (tag.startsWith('/')) {
    const name = tag.slice(1).trim().toLowerCase();
    const expected = open.pop();
    if (expected !== name) return `</${name}> does not close ${expected ? `<${expected}>` : 'anything'}`;
    return null;
  }
  const match = /^([a-zA-Z][\w-]*)\s*([\s\S]*)$/.exec(tag);
  if (!match) return `"<${tag}>" is not a tag`;
  const name = match[1].toLowerCase();
  const attrs = attributes(match[2]);
  if (name === 'a') {
    if (!attrs.href) return '<a> needs href';
  } else if (name === 'span') {
    if (attrs.class !== 'tg-spoiler') return '<span> is only allowed with class="tg-spoiler"';
  } else if (name === 'tg-emoji') {
    if (!/^\d+$/.test(attrs['emoji-id'] ?? '')) return '<tg-emoji> needs a numeric emoji-id';
  } else if (!SIMPLE_TAGS.has(name)) {
    return `<${name}> is not supported by Telegram (allowed: b, i, u, s, a, code, pre, blockquote, tg-spoiler)`;
  }
  open.push(name);
  return null;
}

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const attr = /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g;
  for (let m = attr.exec(source); m; m = attr.exec(source)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
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

/** Text that came from anywhere, made safe to embed in Telegram HTML. */
export function escapeTelegramHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
