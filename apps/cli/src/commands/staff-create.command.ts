import { say } from '../output';
import { CommandBus } from '@nestjs/cqrs';
import { CreateStaffCommand, STAFF_ROLES, StaffRole } from '@dvorik/domain';
import { Command, CommandRunner, Option } from 'nest-commander';

interface StaffCreateOptions {
  telegramId: number;
  role: StaffRole;
  name?: string;
  password?: string;
  email?: string;
}

/** `npm run cli -- staff:create --telegram-id 123 --role owner [--name N] [--password P]`. */
@Command({ name: 'staff:create', description: 'Create a staff member (owner, marketing or readonly)' })
export class StaffCreateCommand extends CommandRunner {
  constructor(private readonly commands: CommandBus) {
    super();
  }

  @Option({ flags: '--telegram-id <id>', description: 'Telegram user id', required: true })
  parseTelegramId(value: string): number {
    const id = Number(value);
    if (!Number.isSafeInteger(id) || id <= 0) throw new Error('--telegram-id must be a positive integer');
    return id;
  }

  @Option({ flags: '--role <role>', description: STAFF_ROLES.join(' | '), required: true })
  parseRole(value: string): StaffRole {
    if (!STAFF_ROLES.includes(value as StaffRole))
      throw new Error(`--role must be one of ${STAFF_ROLES.join(', ')}`);
    return value as StaffRole;
  }

  @Option({ flags: '--name <name>', description: 'Display name' })
  parseName(value: string): string {
    return value;
  }

  @Option({
    flags: '--password <password>',
    description: 'Optional password for POST /api/v1/auth/login (≥ 10 chars)',
  })
  parsePassword(value: string): string {
    return value;
  }

  @Option({ flags: '--email <email>', description: 'Optional e-mail' })
  parseEmail(value: string): string {
    return value;
  }

  async run(_: string[], options: StaffCreateOptions): Promise<void> {
    const staff = await this.commands.execute(
      new CreateStaffCommand(
        { type: 'system', reason: 'cli staff:create' },
        {
          telegramId: options.telegramId,
          role: options.role,
          name:
            options.name ??
            (options.role === StaffRole.Owner ? 'Владелец' : `Сотрудник ${options.telegramId}`),
          password: options.password ?? null,
          email: options.email ?? null,
        },
      ),
    );
    say(`Created ${staff.role} #${staff.id} (telegram id ${staff.telegramId})`);
  }
}
