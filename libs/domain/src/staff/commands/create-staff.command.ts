import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { StaffView } from '../staff.entity';
import type { NotificationGroup, StaffRole } from '../staff-role';

export class CreateStaffCommand extends Command<StaffView> {
  constructor(
    readonly actor: Actor,
    readonly input: {
      telegramId: number;
      name: string;
      role: StaffRole;
      email?: string | null;
      password?: string | null;
      canBroadcastFromChat?: boolean;
      notificationGroups?: NotificationGroup[];
    },
  ) {
    super();
  }
}
