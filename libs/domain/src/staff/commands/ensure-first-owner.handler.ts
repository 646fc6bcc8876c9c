import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';

import { StaffError, StaffErrorCode } from '../staff.errors';
import { StaffRole } from '../staff-role';
import { StaffRepository } from '../staff.repository';
import { CreateStaffCommand } from './create-staff.command';
import { EnsureFirstOwnerCommand } from './ensure-first-owner.command';

@CommandHandler(EnsureFirstOwnerCommand)
export class EnsureFirstOwnerHandler implements ICommandHandler<EnsureFirstOwnerCommand> {
  constructor(
    private readonly staff: StaffRepository,
    private readonly commands: CommandBus,
  ) {}

  async execute({ telegramId }: EnsureFirstOwnerCommand) {
    if (await this.staff.findByTelegramId(telegramId)) return { created: false };
    try {
      await this.commands.execute(
        new CreateStaffCommand(
          { type: 'system', reason: 'FIRST_OWNER_TELEGRAM_ID' },
          { telegramId, name: 'Владелец', role: StaffRole.Owner },
        ),
      );
      return { created: true };
    } catch (error) {
      // Another replica created it at the same instant: that is the outcome we wanted.
      if (error instanceof StaffError && error.code === StaffErrorCode.TelegramIdTaken)
        return { created: false };
      throw error;
    }
  }
}
