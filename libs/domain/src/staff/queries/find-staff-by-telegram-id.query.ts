import { Query } from '@nestjs/cqrs';
import type { StaffView } from '../staff.entity';

export class FindStaffByTelegramIdQuery extends Query<StaffView | null> {
  constructor(readonly telegramId: number) {
    super();
  }
}
