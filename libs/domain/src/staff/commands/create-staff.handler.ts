import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { isDuplicateKeyError, UnitOfWork } from '@dvorik/persistence';
import { StaffCreatedEvent } from '../events/staff.events';
import { PasswordHasher } from '../password-hasher';
import { toStaffView } from '../staff.entity';
import { StaffError } from '../staff.errors';
import { NOTIFICATION_GROUPS, StaffRole } from '../staff-role';
import { StaffRepository } from '../staff.repository';
import { CreateStaffCommand } from './create-staff.command';

export const MIN_PASSWORD_LENGTH = 10;

@CommandHandler(CreateStaffCommand)
export class CreateStaffHandler implements ICommandHandler<CreateStaffCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly staff: StaffRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute({ actor, input }: CreateStaffCommand) {
    if (input.password != null && input.password.length < MIN_PASSWORD_LENGTH)
      throw StaffError.weakPassword();
    // Hash outside the transaction: bcrypt takes ~200 ms and must not hold row locks.
    const passwordHash = input.password ? await this.hasher.hash(input.password) : null;
    const now = new Date();
    try {
      return await this.uow.run(async () => {
        const created = await this.staff.insert({
          telegramId: input.telegramId,
          name: input.name.trim(),
          email: input.email ?? null,
          role: input.role,
          active: true,
          passwordHash,
          canBroadcastFromChat: input.canBroadcastFromChat ?? false,
          // Owners hear about everything by default; others opt in.
          notificationGroups:
            input.notificationGroups ?? (input.role === StaffRole.Owner ? [...NOTIFICATION_GROUPS] : []),
          createdAt: now,
          updatedAt: now,
        });
        const view = toStaffView(created, passwordHash !== null);
        const { createdAt: _omit, ...after } = view;
        await this.uow.record(new StaffCreatedEvent(actor, { type: 'staff', id: view.id }, { after }));
        return view;
      });
    } catch (error) {
      if (isDuplicateKeyError(error, 'uq_staff_telegram_id'))
        throw StaffError.telegramIdTaken(input.telegramId);
      throw error;
    }
  }
}
