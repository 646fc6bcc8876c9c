import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type {
  BroadcastAudience,
  BroadcastButton,
  BroadcastOrigin,
  BroadcastStatus,
  MediaKind,
} from './broadcast.types';

const MEDIA: MediaKind[] = ['photo', 'video', 'document'];

@Entity('broadcasts')
export class Broadcast {
  @PrimaryGeneratedColumn({ unsigned: true })
  id!: number;

  @Column({ type: 'varchar', length: 255 })
  title!: string;

  /** Telegram HTML; the caption when there is media. */
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'json' })
  buttons!: BroadcastButton[][];

  @Column({ type: 'json' })
  audience!: BroadcastAudience;

  @Column({ name: 'media_kind', type: 'enum', enum: MEDIA, nullable: true })
  mediaKind!: MediaKind | null;

  @Column({
    type: 'enum',
    enum: ['draft', 'scheduled', 'sending', 'paused', 'sent', 'failed', 'cancelled'],
  })
  status!: BroadcastStatus;

  @Column({ type: 'enum', enum: ['panel', 'bot'] })
  origin!: BroadcastOrigin;

  /** When it should start; null on a draft means "as soon as it is launched". */
  @Column({ name: 'scheduled_at', type: 'datetime', precision: 3, nullable: true })
  scheduledAt!: Date | null;

  @Column({ name: 'launched_at', type: 'datetime', precision: 3, nullable: true })
  launchedAt!: Date | null;

  @Column({ name: 'audience_frozen_at', type: 'datetime', precision: 3, nullable: true })
  audienceFrozenAt!: Date | null;

  @Column({ name: 'started_at', type: 'datetime', precision: 3, nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'datetime', precision: 3, nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'int', unsigned: true })
  total!: number;

  @Column({ name: 'sent_count', type: 'int', unsigned: true })
  sentCount!: number;

  @Column({ name: 'failed_count', type: 'int', unsigned: true })
  failedCount!: number;

  @Column({ name: 'blocked_count', type: 'int', unsigned: true })
  blockedCount!: number;

  @Column({ name: 'last_error', type: 'varchar', length: 512, nullable: true })
  lastError!: string | null;

  @Column({ name: 'last_error_at', type: 'datetime', precision: 3, nullable: true })
  lastErrorAt!: Date | null;

  /** Why the whole broadcast failed (not one recipient): shown in the panel and the alert. */
  @Column({ name: 'failure_reason', type: 'varchar', length: 512, nullable: true })
  failureReason!: string | null;

  @Column({ name: 'created_by', type: 'int', unsigned: true, nullable: true })
  createdBy!: number | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

/** The broadcast's photo, video or document: the bytes until Telegram knows it, then its file_id. */
@Entity('broadcast_media')
export class BroadcastMedia {
  @PrimaryColumn({ name: 'broadcast_id', type: 'int', unsigned: true })
  broadcastId!: number;

  @Column({ type: 'enum', enum: MEDIA })
  kind!: MediaKind;

  @Column({ type: 'varchar', length: 255 })
  filename!: string;

  @Column({ name: 'mime_type', type: 'varchar', length: 127 })
  mimeType!: string;

  @Column({ type: 'int', unsigned: true })
  size!: number;

  /** Never selected by default: only the one send that uploads it reads the bytes. */
  @Column({ type: 'longblob', nullable: true, select: false })
  content!: Buffer | null;

  /** Telegram's file_id per bot name (`client`, `client-test`): ids are valid for one bot only. */
  @Column({ name: 'file_ids', type: 'json' })
  fileIds!: Record<string, string>;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
