import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { LoginTokenStore } from '../login-token.store';
import { StaffError } from '../staff.errors';
import { StaffRepository } from '../staff.repository';
import { StaffSessionFactory } from '../staff-session.factory';
import { ExchangeLoginTokenCommand } from './exchange-login-token.command';

@CommandHandler(ExchangeLoginTokenCommand)
export class ExchangeLoginTokenHandler implements ICommandHandler<ExchangeLoginTokenCommand> {
  constructor(
    private readonly tokens: LoginTokenStore,
    private readonly staff: StaffRepository,
    private readonly sessions: StaffSessionFactory,
  ) {}

  async execute({ token, ip }: ExchangeLoginTokenCommand) {
    const staffId = await this.tokens.consume(token);
    const member = staffId === null ? null : await this.staff.findById(staffId);
    if (!member) throw StaffError.loginTokenInvalid();
    return this.sessions.open(member, 'login_token', ip);
  }
}
