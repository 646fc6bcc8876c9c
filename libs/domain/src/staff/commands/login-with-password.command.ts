import { Command } from '@nestjs/cqrs';
import type { StaffSession } from './exchange-login-token.command';

export class LoginWithPasswordCommand extends Command<StaffSession> {
  constructor(
    readonly telegramId: number,
    readonly password: string,
    readonly ip: string | null,
  ) {
    super();
  }
}
