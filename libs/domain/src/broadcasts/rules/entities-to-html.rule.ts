import { escapeTelegramHtml } from './telegram-html.rule';

/** A Telegram message entity (offsets and lengths in UTF-16 code units, as JS strings count). */
export interface MessageEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
  custom_emoji_id?: string;
  user?: { id: number };
}

const SIMPLE: Readonly<Record<string, string>> = {
  bold: 'b',
  italic: 'i',
  underline: 'u',
  strikethrough: 's',
  spoiler: 'tg-spoiler',
  code: 'code',
  blockquote: 'blockquote',
};

const attr = (value: string) => escapeTelegramHtml(value).replace(/"/g, '&quot;');

/** Opening and closing markup of one entity; empty for what Telegram detects by itself (links, #tags). */
function tagsOf(e: MessageEntity): [string, string] {
  const simple = SIMPLE[e.type];
  if (simple) return [`<${simple}>`, `</${simple}>`];
  switch (e.type) {
    case 'pre':
      return e.language
        ? [`<pre><code class="language-${attr(e.language)}">`, '</code></pre>']
        : ['<pre>', '</pre>'];
    case 'text_link':
      return [`<a href="${attr(e.url ?? '')}">`, '</a>'];
    case 'text_mention':
      return [`<a href="tg://user?id=${e.user?.id ?? 0}">`, '</a>'];
    case 'expandable_blockquote':
      return ['<blockquote expandable>', '</blockquote>'];
    case 'custom_emoji':
      return [`<tg-emoji emoji-id="${attr(e.custom_emoji_id ?? '')}">`, '</tg-emoji>'];
    default:
      return ['', ''];
  }
}

/**
 * A message a staff member wrote (or forwarded) to the bot, as Telegram HTML: the broadcast keeps
 * its bold, links and quotes exactly. Entities nest but never cross; one that would is clipped
 * to its parent so the result always parses.
 */
export function entitiesToHtml(text: string, entities: readonly MessageEntity[] = []): string {
  const sorted = [...entities]
    .filter((e) => e.length > 0)
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  const stack: Array<{ end: number; close: string }> = [];
  let out = '';
  let pos = 0;
  const closeUntil = (at: number) => {
    while (stack.length > 0 && stack[stack.length - 1].end <= at) {
      const top = stack.pop()!;
      out += escapeTelegramHtml(text.slice(pos, top.end)) + top.close;
      pos = top.end;
    }
  };
  for (const e of sorted) {
    closeUntil(e.offset);
    const parentEnd = stack.length > 0 ? stack[stack.length - 1].end : text.length;
    const end = Math.min(e.offset + e.length, parentEnd);
    const [open, close] = tagsOf(e);
    out += escapeTelegramHtml(text.slice(pos, e.offset)) + open;
    pos = e.offset;
    stack.push({ end, close });
  }
  closeUntil(Number.POSITIVE_INFINITY);
  return out + escapeTelegramHtml(text.slice(pos));
}
