import type { ReactNode } from 'react';
import { parseTelegramHtml } from '../../../../libs/domain/src/broadcasts/rules/telegram-html.rule';

/** The same parser the API validates with: the counter counts what Telegram will show. */
export function visibleLength(html: string): number {
  const parsed = parseTelegramHtml(html);
  return parsed.ok ? parsed.text.length : html.replace(/<[^>]*>/g, '').length;
}

export function htmlProblem(html: string): string | null {
  const parsed = parseTelegramHtml(html);
  return parsed.ok ? null : parsed.problem;
}

const TAGS: Record<string, string> = {
  b: 'strong',
  strong: 'strong',
  i: 'em',
  em: 'em',
  u: 'u',
  ins: 'u',
  s: 's',
  strike: 's',
  del: 's',
  code: 'code',
  pre: 'pre',
  blockquote: 'blockquote',
};

/**
 * Telegram HTML → React elements, the way Telegram shows it: only Telegram's tags survive (no
 * raw HTML reaches the page), links open in a new tab, line breaks are kept.
 */
export function renderTelegramHtml(html: string): ReactNode {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  let key = 0;
  const walk = (node: Node): ReactNode => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const el = node as Element;
    const children = Array.from(el.childNodes).map(walk);
    const name = el.tagName.toLowerCase();
    const k = key++;
    if (name === 'a') {
      const href = el.getAttribute('href') ?? '';
      const safe = /^(https?:|tg:)/i.test(href) ? href : undefined;
      return (
        <a key={k} href={safe} target="_blank" rel="noreferrer">
          {children}
        </a>
      );
    }
    if (name === 'tg-spoiler' || (name === 'span' && el.classList.contains('tg-spoiler'))) {
      return (
        <span key={k} style={{ background: '#9e9e9e', color: 'transparent', borderRadius: 3 }}>
          {children}
        </span>
      );
    }
    const Tag = TAGS[name] as keyof React.JSX.IntrinsicElements | undefined;
    return Tag ? <Tag key={k}>{children}</Tag> : <span key={k}>{children}</span>;
  };
  return Array.from(doc.body.childNodes).map(walk);
}
