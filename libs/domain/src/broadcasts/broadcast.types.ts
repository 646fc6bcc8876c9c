import type { ClientFilter } from '../clients';

export const BROADCAST_STATUSES = [
  'draft',
  'scheduled',
  'sending',
  'paused',
  'sent',
  'failed',
  'cancelled',
] as const;
export type BroadcastStatus = (typeof BROADCAST_STATUSES)[number];

export type BroadcastOrigin = 'panel' | 'bot';

export const MEDIA_KINDS = ['photo', 'video', 'document'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** A URL button under the message; rows as Telegram lays them out. */
export interface BroadcastButton {
  text: string;
  url: string;
}

/** Who gets it: explicit clients, a saved segment, or an inline filter — in that precedence. */
export interface BroadcastAudience {
  clientIds?: number[];
  segmentId?: number;
  filter?: ClientFilter;
}

export const RECIPIENT_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];
