import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CacheInvalidationBus, UnitOfWork } from '@dvorik/persistence';
import { isDeepStrictEqual } from 'node:util';
import { StaffUpdatedEvent } from '../events/staff.events';
import { PasswordHasher } from '../password-hasher';
import { type Staff, toStaffView } from '../staff.entity';
import { StaffError } from '../staff.errors';
import { StaffRole } from '../staff-role';
import { STAFF_CACHE_TOPIC } from '../staff-access.reader';
import { StaffRepository } from '../staff.repository';
import { MIN_PASSWORD_LENGTH } from './create-staff.handler';
import { UpdateStaffCommand } from './update-staff.command';

type Editable = Pick<
  Staff,
  'name' | 'email' | 'role' | 'active' | 'canBroadcastFromChat' | 'notificationGroups'
>;
const EDITABLE: Array<keyof Editable> = [
  'name',
  'email',
  'role',
  'active',
  'canBroadcastFromChat',
  'notificationGroups',
];

@CommandHandler(UpdateStaffCommand)
export class UpdateStaffHandler implements ICommandHandler<UpdateStaffCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly staff: StaffRepository,
    private readonly hasher: PasswordHasher,
    private readonly cache: CacheInvalidationBus,
  ) {}

  async execute(command: UpdateStaffCommand) {
    const view = await this.apply(command);
    // After commit: every API replica re-reads this member's role and active flag.
    await this.cache.publish(STAFF_CACHE_TOPIC);
    return view;
  }

  private async apply({ actor, staffId, patch }: UpdateStaffCommand) {
    const { password, ...given } = patch;
    // Absent and undefined are the same here: only the fields actually given change.
    const fields = Object.fromEntries(
      Object.entries(given).filter(([, v]) => v !== undefined),
    ) as Partial<Staff>;
    if (password != null && password.length < MIN_PASSWORD_LENGTH) throw StaffError.weakPassword();
    // Hash before the transaction: bcrypt takes ~200 ms and must not hold the row lock.
    const passwordHash = password ? await this.hasher.hash(password) : password;
    return this.uow.run(async () => {
      const before = await this.staff.findById(staffId, true);
      if (!before) throw StaffError.notFound({ id: staffId });
      const after: Staff = {
        ...before,
        ...fields,
        name: fields.name?.trim() ?? before.name,
        updatedAt: new Date(),
      };
      const losesOwner =
        before.role === StaffRole.Owner && before.active && (after.role !== StaffRole.Owner || !after.active);
      if (losesOwner && (await this.staff.activeOwnerCount()) <= 1) throw StaffError.lastOwner();
      const changed = EDITABLE.filter((key) => !isDeepStrictEqual(before[key], after[key]));
      if (changed.length === 0 && passwordHash === undefined) return this.view(staffId);
      const values: Partial<Staff> = Object.fromEntries(changed.map((key) => [key, after[key]]));
      await this.staff.update(staffId, {
        ...values,
        updatedAt: after.updatedAt,
        ...(passwordHash !== undefined && { passwordHash }),
      });
      const pick = (s: Staff) => Object.fromEntries(changed.map((key) => [key, s[key]]));
      const passwordChange = passwordHash === undefined ? {} : { password: passwordHash ? 'set' : 'removed' };
      await this.uow.record(
        new StaffUpdatedEvent(
          actor,
          { type: 'staff', id: staffId },
          { before: pick(before), after: { ...pick(after), ...passwordChange } },
        ),
      );
      return this.view(staffId);
    });
  }

  private async view(id: number) {
    const member = await this.staff.findById(id);
    return toStaffView(member!, (await this.staff.passwordHashOf(id)) !== null);
  }
}
