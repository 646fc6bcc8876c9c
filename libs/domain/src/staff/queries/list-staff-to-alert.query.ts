import { Query } from '@nestjs/cqrs';
import type { StaffView } from '../staff.entity';
import type { NotificationGroup, StaffRole } from '../staff-role';

/** Active staff whose notification groups include `group` (optionally only some roles): who gets an alert. */
export class ListStaffToAlertQuery extends Query<StaffView[]> {
  constructor(
    readonly group: NotificationGroup,
    readonly roles?: readonly StaffRole[],
  ) {
    super();
  }
}
