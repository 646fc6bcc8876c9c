import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { Staff } from './staff.entity';
import type { NotificationGroup, StaffRole } from './staff-role';

/** Staff persistence inside the capability; reads and writes join the current transaction. */
@Injectable()
export class StaffRepository {
  constructor(private readonly uow: UnitOfWork) {}

  findById(id: number, lock = false): Promise<Staff | null> {
    if (!lock) return this.uow.manager.findOne(Staff, { where: { id } });
    return this.uow.manager
      .createQueryBuilder(Staff, 's')
      .where('s.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  findByTelegramId(telegramId: number): Promise<Staff | null> {
    return this.uow.manager.findOne(Staff, { where: { telegramId } });
  }

  async passwordHashOf(id: number): Promise<string | null> {
    const row = await this.uow.manager
      .createQueryBuilder(Staff, 's')
      .addSelect('s.passwordHash')
      .where('s.id = :id', { id })
      .getOne();
    return row?.passwordHash ?? null;
  }

  async update(id: number, values: Partial<Omit<Staff, 'id'>>): Promise<void> {
    await this.uow.manager.update(Staff, { id }, values);
  }

  /** Locked, so two owners demoting each other at once cannot leave the shop without one. */
  async activeOwnerCount(): Promise<number> {
    const rows = await this.uow.query<unknown[]>(
      "SELECT id FROM staff WHERE role = 'owner' AND active = 1 FOR UPDATE",
    );
    return rows.length;
  }

  /** Active first, then by id; each with its password hash (whether a password is set). */
  page(
    filter: { active?: boolean; role?: string },
    page: number,
    perPage: number,
  ): Promise<[Staff[], number]> {
    const qb = this.uow.manager.createQueryBuilder(Staff, 's').addSelect('s.passwordHash');
    if (filter.active !== undefined) qb.andWhere('s.active = :active', { active: filter.active });
    if (filter.role) qb.andWhere('s.role = :role', { role: filter.role });
    return qb
      .orderBy('s.active', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
  }

  /** Active staff whose notification groups include `group`, optionally only some roles. */
  toAlert(group: NotificationGroup, roles?: readonly StaffRole[]): Promise<Staff[]> {
    // A shop has a handful of staff: the JSON test needs no index.
    const qb = this.uow.manager
      .createQueryBuilder(Staff, 's')
      .where('s.active = 1')
      .andWhere('JSON_CONTAINS(s.notification_groups, JSON_QUOTE(:group))', { group });
    if (roles) qb.andWhere('s.role IN (:...roles)', { roles: roles.length ? roles : [''] });
    return qb.orderBy('s.id').getMany();
  }

  async insert(values: Omit<Staff, 'id'>): Promise<Staff> {
    const result = await this.uow.manager.insert(Staff, values);
    return { ...values, id: Number(result.identifiers[0].id) };
  }
}
