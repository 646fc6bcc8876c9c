import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AdminJobKind = 'bulk_clients' | 'export_clients' | 'export_redemptions';
export type AdminJobStatus = 'queued' | 'running' | 'done' | 'failed';

/**
 * Long staff work run by the worker (bulk actions over > 1000 clients, large exports): its
 * progress, its keyset checkpoint (`cursorId`) for resuming after a crash, and its result.
 */
@Entity('admin_jobs')
export class AdminJob {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'enum', enum: ['bulk_clients', 'export_clients', 'export_redemptions'] })
  kind!: AdminJobKind;

  @Column({ type: 'enum', enum: ['queued', 'running', 'done', 'failed'] })
  status!: AdminJobStatus;

  @Column({ name: 'requested_by', type: 'int', unsigned: true })
  requestedBy!: number;

  @Column({ name: 'requested_role', type: 'varchar', length: 16 })
  requestedRole!: string;

  @Column({ type: 'json' })
  params!: Record<string, unknown>;

  @Column({ type: 'int', unsigned: true, nullable: true })
  total!: number | null;

  @Column({ type: 'int', unsigned: true })
  processed!: number;

  @Column({
    name: 'cursor_id',
    type: 'bigint',
    unsigned: true,
    transformer: { to: (v: number) => v, from: Number },
  })
  cursorId!: number;

  @Column({ name: 'max_id', type: 'bigint', unsigned: true, nullable: true })
  maxId!: string | null;

  @Column({ type: 'json', nullable: true })
  result!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  error!: string | null;

  @Column({ name: 'file_name', type: 'varchar', length: 128, nullable: true })
  fileName!: string | null;

  @Column({
    name: 'file_bytes',
    type: 'bigint',
    unsigned: true,
    transformer: { to: (v: number) => v, from: Number },
  })
  fileBytes!: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'datetime', precision: 3, nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'datetime', precision: 3, nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

/** What the panel polls: `GET /jobs/:id`. */
export interface AdminJobView {
  id: string;
  kind: AdminJobKind;
  status: AdminJobStatus;
  /** 0–100. */
  progress: number;
  total: number | null;
  processed: number;
  result: Record<string, unknown> | null;
  error: string | null;
  file: { name: string; bytes: number } | null;
  requestedBy: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export function toAdminJobView(job: AdminJob): AdminJobView {
  const progress =
    job.status === 'done' ? 100 : job.total ? Math.min(99, Math.floor((job.processed / job.total) * 100)) : 0;
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress,
    total: job.total,
    processed: job.processed,
    result: job.result,
    error: job.error,
    file: job.status === 'done' && job.fileName ? { name: job.fileName, bytes: job.fileBytes } : null,
    requestedBy: job.requestedBy,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}
