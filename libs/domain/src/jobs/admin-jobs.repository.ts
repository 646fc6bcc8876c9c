import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AdminJob, type AdminJobKind } from './admin-job.entity';

/** Admin jobs and their files; every write joins the caller's transaction (checkpoints with effects). */
@Injectable()
export class AdminJobsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  find(id: string, lock = false): Promise<AdminJob | null> {
    const qb = this.uow.manager.createQueryBuilder(AdminJob, 'j').where('j.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async create(values: {
    id: string;
    kind: AdminJobKind;
    requestedBy: number;
    requestedRole: string;
    params: Record<string, unknown>;
    total: number | null;
    maxId?: number | null;
  }): Promise<void> {
    const now = new Date();
    await this.uow.manager.insert(AdminJob, {
      ...values,
      status: 'queued',
      processed: 0,
      cursorId: 0,
      maxId: values.maxId == null ? null : String(values.maxId),
      result: null,
      error: null,
      fileName: null,
      fileBytes: 0,
      createdAt: now,
      startedAt: null,
      finishedAt: null,
      updatedAt: now,
    } as QueryDeepPartialEntity<AdminJob>);
  }

  async update(id: string, values: Partial<Omit<AdminJob, 'id'>>): Promise<void> {
    await this.uow.manager.update(AdminJob, { id }, {
      ...values,
      updatedAt: new Date(),
    } as QueryDeepPartialEntity<AdminJob>);
  }

  async appendFilePart(jobId: string, seq: number, data: Buffer): Promise<void> {
    await this.uow.query('INSERT INTO admin_job_files (job_id, seq, data) VALUES (?, ?, ?)', [
      jobId,
      seq,
      data,
    ]);
  }

  async partCount(jobId: string): Promise<number> {
    const [row] = await this.uow.query<Array<{ n: string }>>(
      'SELECT COUNT(*) AS n FROM admin_job_files WHERE job_id = ?',
      [jobId],
    );
    return Number(row.n);
  }

  /** One part at a time, in order: a 100 MB file never sits in memory whole. */
  async *fileParts(jobId: string): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq++) {
      const rows = await this.uow.query<Array<{ data: Buffer }>>(
        'SELECT data FROM admin_job_files WHERE job_id = ? AND seq = ?',
        [jobId, seq],
      );
      if (rows.length === 0) return;
      yield rows[0].data;
    }
  }

  async purgeFinishedBefore(cutoff: Date, limit: number): Promise<number> {
    const rows = await this.uow.query<Array<{ id: string }>>(
      "SELECT id FROM admin_jobs WHERE status IN ('done','failed') AND created_at < ? LIMIT ?",
      [cutoff, limit],
    );
    if (rows.length === 0) return 0;
    const ids = rows.map((r) => r.id);
    await this.uow.query(
      `DELETE FROM admin_job_files WHERE job_id IN (${ids.map(() => '?').join(', ')})`,
      ids,
    );
    await this.uow.query(`DELETE FROM admin_jobs WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
    return ids.length;
  }
}
