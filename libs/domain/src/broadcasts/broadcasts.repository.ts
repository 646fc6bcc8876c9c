import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { Broadcast, BroadcastMedia } from './broadcast.entity';
import type { BroadcastStatus } from './broadcast.types';
import type { BroadcastFilter } from './queries/list-broadcasts.query';

type Affected = { affectedRows: number };
const MEDIA_PART_BYTES = 2 * 1024 * 1024;

/** Broadcast rows and their media; reads and writes join the current transaction. */
@Injectable()
export class BroadcastsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  findById(id: number, lock = false): Promise<Broadcast | null> {
    const qb = this.uow.manager.createQueryBuilder(Broadcast, 'b').where('b.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  findMedia(broadcastId: number): Promise<BroadcastMedia | null> {
    return this.uow.manager.findOne(BroadcastMedia, { where: { broadcastId } });
  }

  /** Newest first, each with its media's metadata (the bytes are never selected). */
  async page(
    filter: BroadcastFilter,
    page: number,
    perPage: number,
  ): Promise<[Array<Broadcast & { media?: BroadcastMedia }>, number]> {
    const qb = this.uow.manager
      .createQueryBuilder(Broadcast, 'b')
      .leftJoinAndMapOne('b.media', BroadcastMedia, 'm', 'm.broadcastId = b.id');
    if (filter.status) qb.andWhere('b.status = :status', { status: filter.status });
    if (filter.origin) qb.andWhere('b.origin = :origin', { origin: filter.origin });
    return qb
      .orderBy('b.id', 'DESC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
  }

  /** The next scheduled broadcasts, soonest first (the dashboard). */
  upcoming(limit: number): Promise<Broadcast[]> {
    return this.uow.manager.find(Broadcast, {
      where: { status: 'scheduled' },
      order: { scheduledAt: 'ASC' },
      take: limit,
    });
  }

  /** The latest started broadcasts, newest first (the dashboard). */
  recentlyStarted(limit: number): Promise<Broadcast[]> {
    return this.uow.manager
      .createQueryBuilder(Broadcast, 'b')
      .where('b.status IN (:...statuses)', { statuses: ['sending', 'paused', 'sent', 'failed'] })
      .orderBy('b.startedAt', 'DESC')
      .take(limit)
      .getMany();
  }

  async insert(values: Omit<Broadcast, 'id'>): Promise<Broadcast> {
    const result = await this.uow.manager.insert(Broadcast, values);
    return { ...values, id: Number(result.identifiers[0].id) };
  }

  async update(id: number, values: Partial<Omit<Broadcast, 'id'>>): Promise<void> {
    await this.uow.manager.update(Broadcast, { id }, values);
  }

  async delete(id: number): Promise<void> {
    await this.uow.manager.delete(BroadcastMedia, { broadcastId: id });
    await this.uow.manager.delete(Broadcast, { id });
  }

  /**
   * A status change that only happens from `from`: the conditional UPDATE is what makes two
   * workers (or a double click) apply it once. False when the broadcast was elsewhere.
   */
  async transition(
    id: number,
    from: readonly BroadcastStatus[],
    to: BroadcastStatus,
    set: Partial<Record<'started_at' | 'finished_at' | 'launched_at' | 'scheduled_at', Date | null>> & {
      failure_reason?: string | null;
    } = {},
  ): Promise<boolean> {
    const extra = Object.keys(set)
      .map((column) => `, ${column} = ?`)
      .join('');
    const result: Affected = await this.uow.query(
      `UPDATE broadcasts SET status = ?, updated_at = ?${extra} WHERE id = ? AND status IN (?)`,
      [to, new Date(), ...Object.values(set), id, from],
    );
    return result.affectedRows === 1;
  }

  /**
   * Stores the file in parts: mysql2 sends a Buffer as hex, so one statement would need twice
   * the file in `max_allowed_packet` (16 MB on a stock MariaDB).
   */
  async saveMedia(media: Omit<BroadcastMedia, 'content'>, content: Buffer | null): Promise<void> {
    await this.uow.query(
      `REPLACE INTO broadcast_media (broadcast_id, kind, filename, mime_type, size, content, file_ids, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        media.broadcastId,
        media.kind,
        media.filename,
        media.mimeType,
        media.size,
        content?.subarray(0, MEDIA_PART_BYTES) ?? null,
        JSON.stringify(media.fileIds),
        media.createdAt,
      ],
    );
    for (let at = MEDIA_PART_BYTES; content && at < content.length; at += MEDIA_PART_BYTES) {
      await this.uow.query('UPDATE broadcast_media SET content = CONCAT(content, ?) WHERE broadcast_id = ?', [
        content.subarray(at, at + MEDIA_PART_BYTES),
        media.broadcastId,
      ]);
    }
  }

  async removeMedia(broadcastId: number): Promise<void> {
    await this.uow.manager.delete(BroadcastMedia, { broadcastId });
  }

  /** The bytes, read only by the send that uploads them. */
  async mediaContent(broadcastId: number): Promise<Buffer | null> {
    const [row] = await this.uow.query<Array<{ content: Buffer | null }>>(
      'SELECT content FROM broadcast_media WHERE broadcast_id = ?',
      [broadcastId],
    );
    return row?.content ?? null;
  }

  /** Remembers Telegram's file_id for one bot; later sends of that bot reuse it. */
  async setFileId(broadcastId: number, bot: string, fileId: string): Promise<void> {
    await this.uow.query(
      'UPDATE broadcast_media SET file_ids = JSON_SET(file_ids, ?, ?) WHERE broadcast_id = ?',
      [`$."${bot}"`, fileId, broadcastId],
    );
  }

  /** The sender's bookkeeping, in the transaction that moved the recipient rows it counts. */
  async addCounts(
    id: number,
    counts: { sent: number; failed: number; blocked: number },
    lastError: string | null,
    at: Date,
  ): Promise<void> {
    await this.uow.query(
      `UPDATE broadcasts SET sent_count = sent_count + ?, failed_count = failed_count + ?,
         blocked_count = blocked_count + ?, last_error = COALESCE(?, last_error),
         last_error_at = IF(? IS NULL, last_error_at, ?), updated_at = ?
       WHERE id = ?`,
      [counts.sent, counts.failed, counts.blocked, lastError, lastError, at, at, id],
    );
  }

  /** What the sender works on: every broadcast in `sending`, oldest first. */
  sending(): Promise<Broadcast[]> {
    return this.uow.manager.find(Broadcast, { where: { status: 'sending' }, order: { id: 'ASC' } });
  }

  /** Scheduled broadcasts whose time has come (the start sweep's safety net). */
  async due(now: Date): Promise<number[]> {
    const rows = await this.uow.query<Array<{ id: number }>>(
      "SELECT id FROM broadcasts WHERE status = 'scheduled' AND scheduled_at <= ? ORDER BY id",
      [now],
    );
    return rows.map((r) => Number(r.id));
  }
}
