import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { StaffView } from '../staff.entity';
import type { NotificationGroup, StaffRole } from '../staff-role';

export interface StaffPatch {
  name?: string;
  email?: string | null;
  role?: StaffRole;
  active?: boolean;
  canBroadcastFromChat?: boolean;
  notificationGroups?: NotificationGroup[];
  /** ≥ 10 characters sets a password login; null removes it (login links only). */
  password?: string | null;
}

/** Owner: edit a staff member. `DELETE /staff/:id` is this with `active: false` (rows stay for the audit log). */
export class UpdateStaffCommand extends Command<StaffView> {
  constructor(
    readonly actor: Actor,
    readonly staffId: number,
    readonly patch: StaffPatch,
  ) {
    super();
  }
}
