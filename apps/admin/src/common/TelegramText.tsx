import { Box } from '@mui/material';
import { createElement, type ReactNode } from 'react';

const TAGS: Record<string, string> = {
  b: 'b',
  strong: 'b',
  i: 'i',
  em: 'i',
  u: 'u',
  ins: 'u',
  s: 's',
  strike: 's',
  del: 's',
  code: 'code',
  pre: 'pre',
  blockquote: 'blockquote',
  'tg-spoiler': 'span',
};

/** Telegram HTML → React elements; only Telegram's tags survive, and no attribute but a link's https href. */
function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const children = [...element.childNodes].map(toReact);
  const name = element.tagName.toLowerCase();
  if (name === 'a') {
    const href = element.getAttribute('href') ?? '';
    const safe = /^(https?:\/\/|tg:\/\/)/.test(href) ? href : undefined;
    return createElement('a', { key, href: safe, target: '_blank', rel: 'noreferrer' }, ...children);
  }
  const tag = TAGS[name];
  return tag ? createElement(tag, { key }, ...children) : createElement('span', { key }, ...children);
}

/** A Telegram-like message bubble for a bot text or broadcast preview. */
export function TelegramText({ html }: { html: string }) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return (
    <Box
      data-testid="telegram-preview"
      sx={{
        bgcolor: '#effdde',
        borderRadius: 2,
        p: 1.5,
        maxWidth: 420,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
        boxShadow: 1,
        fontFamily: 'system-ui, sans-serif',
        fontSize: 15,
      }}
    >
      {[...doc.body.childNodes].map(toReact)}
    </Box>
  );
}
