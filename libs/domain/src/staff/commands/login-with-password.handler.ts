import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PasswordHasher } from '../password-hasher';
import { StaffError } from '../staff.errors';
import { StaffRepository } from '../staff.repository';
import { StaffSessionFactory } from '../staff-session.factory';
import { LoginWithPasswordCommand } from './login-with-password.command';

@CommandHandler(LoginWithPasswordCommand)
export class LoginWithPasswordHandler implements ICommandHandler<LoginWithPasswordCommand> {
  constructor(
    private readonly staff: StaffRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: StaffSessionFactory,
  ) {}

  async execute({ telegramId, password, ip }: LoginWithPasswordCommand) {
    const member = await this.staff.findByTelegramId(telegramId);
    const hash = member ? await this.staff.passwordHashOf(member.id) : null;
    // One answer for "no such staff", "no password set" and "wrong password": nothing to probe.
    if (!(await this.hasher.verify(password, hash)) || !member) throw StaffError.invalidCredentials();
    return this.sessions.open(member, 'password', ip);
  }
}
