/** GET /api/v1/broadcasts/:id (libs/domain/src/broadcasts/broadcast.view.ts). */
export type BroadcastStatus = 'draft' | 'scheduled' | 'sending' | 'paused' | 'sent' | 'failed' | 'cancelled';

export interface BroadcastButton {
  text: string;
  url: string;
}

export interface BroadcastStats {
  total: number;
  sent: number;
  failed: number;
  blocked: number;
  pending: number;
  progress: number;
  etaSeconds: number | null;
  lastError: string | null;
}

export interface Broadcast {
  id: number;
  title: string;
  text: string;
  buttons: BroadcastButton[][];
  audience: { clientIds?: number[]; segmentId?: number; filter?: Record<string, unknown> };
  media: { kind: 'photo' | 'video' | 'document'; filename: string; mimeType: string; size: number } | null;
  status: BroadcastStatus;
  origin: 'panel' | 'bot';
  scheduledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  failureReason: string | null;
  createdAt: string;
  stats: BroadcastStats;
}

/** Statuses whose numbers still move: the pages poll while a broadcast is in one of them. */
export const LIVE: readonly BroadcastStatus[] = ['scheduled', 'sending', 'paused'];
export const isLive = (b: { status: BroadcastStatus } | undefined) => Boolean(b && LIVE.includes(b.status));
