import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { Staff } from './staff.entity';

/** Staff persistence inside the capability; reads and writes join the current transaction. */
@Injectable()
export class StaffRepository {
  constructor(private readonly uow: UnitOfWork) {}

  findById(id: number): Promise<Staff | null> {
    return this.uow.manager.findOne(Staff, { where: { id } });
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

  async insert(values: Omit<Staff, 'id'>): Promise<Staff> {
    const result = await this.uow.manager.insert(Staff, values);
    return { ...values, id: Number(result.identifiers[0].id) };
  }
}
