import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toStaffView } from '../staff.entity';
import { StaffRepository } from '../staff.repository';
import { FindStaffByTelegramIdQuery } from './find-staff-by-telegram-id.query';

@QueryHandler(FindStaffByTelegramIdQuery)
export class FindStaffByTelegramIdHandler implements IQueryHandler<FindStaffByTelegramIdQuery> {
  constructor(private readonly staff: StaffRepository) {}

  async execute({ telegramId }: FindStaffByTelegramIdQuery) {
    const member = await this.staff.findByTelegramId(telegramId);
    return member ? toStaffView(member) : null;
  }
}
