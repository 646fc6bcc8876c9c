import type { BroadcastAudience, BroadcastButton, MediaKind } from '../broadcast.types';
import { parseTelegramHtml } from './telegram-html.rule';

export const MAX_TEXT_LENGTH = 4096;
export const MAX_CAPTION_LENGTH = 1024;
export const MAX_TITLE_LENGTH = 255;
export const MAX_BUTTON_ROWS = 10;
export const MAX_BUTTONS_PER_ROW = 8;
export const MAX_BUTTON_TEXT = 64;
/** An explicit list is for a handful of people; larger audiences are segments or filters. */
export const MAX_AUDIENCE_CLIENT_IDS = 10_000;

export interface BroadcastContent {
  title: string;
  text: string;
  buttons: BroadcastButton[][];
  mediaKind: MediaKind | null;
}

export type FieldProblems = Record<string, string[]>;

/**
 * What Telegram would refuse for every recipient, refused once on save: broken HTML, a text past
 * 4096 visible characters (1024 as a media caption), a button without a usable URL.
 */
export function broadcastContentProblems(content: BroadcastContent): FieldProblems {
  const problems: FieldProblems = {};
  const add = (field: string, problem: string) => (problems[field] ??= []).push(problem);

  const title = content.title.trim();
  if (title.length === 0) add('title', 'must not be empty');
  if (title.length > MAX_TITLE_LENGTH) add('title', `must be at most ${MAX_TITLE_LENGTH} characters`);

  const parsed = parseTelegramHtml(content.text);
  if (!parsed.ok) add('text', `not valid Telegram HTML: ${parsed.problem}`);
  else {
    const limit = content.mediaKind ? MAX_CAPTION_LENGTH : MAX_TEXT_LENGTH;
    if (parsed.text.length > limit)
      add(
        'text',
        `${parsed.text.length} visible characters; at most ${limit}${content.mediaKind ? ' as a media caption' : ''}`,
      );
    if (!content.mediaKind && parsed.text.trim() === '') add('text', 'a broadcast without media needs text');
  }

  if (content.buttons.length > MAX_BUTTON_ROWS) add('buttons', `at most ${MAX_BUTTON_ROWS} rows`);
  content.buttons.forEach((row, r) => {
    if (row.length === 0 || row.length > MAX_BUTTONS_PER_ROW)
      add(`buttons.${r}`, `a row holds 1–${MAX_BUTTONS_PER_ROW} buttons`);
    row.forEach((button, b) => {
      const at = `buttons.${r}.${b}`;
      const text = button.text.trim();
      if (text.length === 0 || text.length > MAX_BUTTON_TEXT)
        add(`${at}.text`, `1–${MAX_BUTTON_TEXT} characters`);
      if (!isButtonUrl(button.url)) add(`${at}.url`, 'must be an http(s):// or tg:// link');
    });
  });
  return problems;
}

/** Telegram accepts http(s) and tg:// links on URL buttons; anything else fails the send. */
export function isButtonUrl(url: string): boolean {
  if (url.length > 2048 || !/^(https?:\/\/[^\s/]+|tg:\/\/\S+)/i.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

export function audienceProblems(audience: BroadcastAudience): FieldProblems {
  const problems: FieldProblems = {};
  const ids = audience.clientIds;
  if (ids !== undefined) {
    if (!ids.every((id) => Number.isInteger(id) && id > 0))
      problems['audience.clientIds'] = ['must be positive integers'];
    else if (ids.length > MAX_AUDIENCE_CLIENT_IDS)
      problems['audience.clientIds'] = [`at most ${MAX_AUDIENCE_CLIENT_IDS}; use a segment or a filter`];
  }
  if (audience.segmentId !== undefined && !(Number.isInteger(audience.segmentId) && audience.segmentId > 0))
    problems['audience.segmentId'] = ['must be a positive integer'];
  return problems;
}

export type ResolvedAudience =
  | { kind: 'clients'; clientIds: number[] }
  | { kind: 'segment'; segmentId: number }
  | { kind: 'filter'; filter: NonNullable<BroadcastAudience['filter']> }
  | { kind: 'none' };

/** DESIGN §2: explicit client ids, else a segment, else an inline filter. */
export function resolveAudience(audience: BroadcastAudience): ResolvedAudience {
  if (audience.clientIds && audience.clientIds.length > 0)
    return { kind: 'clients', clientIds: [...new Set(audience.clientIds)].sort((a, b) => a - b) };
  if (audience.segmentId !== undefined) return { kind: 'segment', segmentId: audience.segmentId };
  if (audience.filter !== undefined) return { kind: 'filter', filter: audience.filter };
  return { kind: 'none' };
}
