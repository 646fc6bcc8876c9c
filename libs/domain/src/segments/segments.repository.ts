import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { Segment } from './segment.entity';

@Injectable()
export class SegmentsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  findById(id: number, lock = false): Promise<Segment | null> {
    const qb = this.uow.manager.createQueryBuilder(Segment, 's').where('s.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** Presets first (what the bot offers), then the newest saved ones. */
  page(page: number, perPage: number): Promise<[Segment[], number]> {
    return this.uow.manager
      .createQueryBuilder(Segment, 's')
      .orderBy('s.presetKey IS NULL', 'ASC')
      .addOrderBy('s.id', 'DESC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
  }

  async insert(values: Omit<Segment, 'id'>): Promise<Segment> {
    const result = await this.uow.manager.insert(Segment, values);
    return { ...values, id: Number(result.identifiers[0].id) };
  }

  async update(id: number, values: Partial<Omit<Segment, 'id'>>): Promise<void> {
    await this.uow.manager.update(Segment, { id }, values);
  }

  async delete(id: number): Promise<void> {
    await this.uow.manager.delete(Segment, { id });
  }

  /** Seeders: a preset is inserted once, by its key; an existing one is left as it is. */
  async insertPresetIfAbsent(values: Omit<Segment, 'id'>): Promise<boolean> {
    const result: { affectedRows: number } = await this.uow.query(
      'INSERT IGNORE INTO segments (name, description, filter, preset_key, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?)',
      [
        values.name,
        values.description,
        JSON.stringify(values.filter),
        values.presetKey,
        values.createdAt,
        values.updatedAt,
      ],
    );
    return result.affectedRows === 1;
  }
}
