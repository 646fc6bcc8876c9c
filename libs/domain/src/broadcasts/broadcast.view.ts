import type { Broadcast, BroadcastMedia } from './broadcast.entity';
import type {
  BroadcastAudience,
  BroadcastButton,
  BroadcastOrigin,
  BroadcastStatus,
  MediaKind,
} from './broadcast.types';

/** Live stats (DESIGN §2): exact, from counters the sender keeps with each recipient row. */
export interface BroadcastStats {
  total: number;
  sent: number;
  /** Every failed recipient, the blocked ones included. */
  failed: number;
  blocked: number;
  /** Not sent yet: waiting, in flight, or waiting for a network retry. */
  pending: number;
  /** 0–1: the share of the audience that has an outcome. */
  progress: number;
  /** At the current rate; null unless sending. */
  etaSeconds: number | null;
  lastError: string | null;
  lastErrorAt: Date | null;
}

export interface BroadcastMediaInfo {
  kind: MediaKind;
  filename: string;
  mimeType: string;
  size: number;
}

export interface BroadcastView {
  id: number;
  title: string;
  text: string;
  buttons: BroadcastButton[][];
  audience: BroadcastAudience;
  media: BroadcastMediaInfo | null;
  status: BroadcastStatus;
  origin: BroadcastOrigin;
  scheduledAt: Date | null;
  launchedAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  failureReason: string | null;
  createdBy: number | null;
  createdAt: Date;
  updatedAt: Date;
  stats: BroadcastStats;
}

export function broadcastStats(b: Broadcast, ratePerSecond: number): BroadcastStats {
  const done = b.sentCount + b.failedCount;
  const pending = Math.max(0, b.total - done);
  return {
    total: b.total,
    sent: b.sentCount,
    failed: b.failedCount,
    blocked: b.blockedCount,
    pending,
    progress: b.total === 0 ? 0 : Math.min(1, done / b.total),
    etaSeconds: b.status === 'sending' && ratePerSecond > 0 ? Math.ceil(pending / ratePerSecond) : null,
    lastError: b.lastError,
    lastErrorAt: b.lastErrorAt,
  };
}

export function toBroadcastView(
  b: Broadcast,
  media: BroadcastMedia | null,
  ratePerSecond: number,
): BroadcastView {
  return {
    id: b.id,
    title: b.title,
    text: b.text,
    buttons: b.buttons,
    audience: b.audience,
    media: media
      ? { kind: media.kind, filename: media.filename, mimeType: media.mimeType, size: media.size }
      : null,
    status: b.status,
    origin: b.origin,
    scheduledAt: b.scheduledAt,
    launchedAt: b.launchedAt,
    startedAt: b.startedAt,
    finishedAt: b.finishedAt,
    failureReason: b.failureReason,
    createdBy: b.createdBy,
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
    stats: broadcastStats(b, ratePerSecond),
  };
}
