import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { UnitOfWork } from '@dvorik/persistence';
import { AttemptLockService, SecurityLockoutEvent } from '../../security';
import { PasswordHasher } from '../password-hasher';
import { StaffError } from '../staff.errors';
import { StaffRepository } from '../staff.repository';
import { StaffSessionFactory } from '../staff-session.factory';
import { LoginWithPasswordCommand } from './login-with-password.command';

/**
 * Password login. Besides the per-address throttle at the edge, each account (Telegram id,
 * known or not) gets LOGIN_LOCKOUT_ATTEMPTS wrong passwords within LOGIN_LOCKOUT_MINUTES; the
 * next one locks password login of that account for LOGIN_LOCKOUT_MINUTES and alerts owners.
 * The one-time link from the staff bot is not locked: the real person can always get in.
 */
@CommandHandler(LoginWithPasswordCommand)
export class LoginWithPasswordHandler implements ICommandHandler<LoginWithPasswordCommand> {
  constructor(
    private readonly staff: StaffRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: StaffSessionFactory,
    private readonly locks: AttemptLockService,
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
  ) {}

  async execute({ telegramId, password, ip }: LoginWithPasswordCommand) {
    const subject = `login:${telegramId}`;
    const lockedUntil = await this.locks.lockedUntil(subject);
    if (lockedUntil) throw StaffError.loginLocked(lockedUntil);
    const member = await this.staff.findByTelegramId(telegramId);
    const hash = member ? await this.staff.passwordHashOf(member.id) : null;
    // One answer for "no such staff", "no password set" and "wrong password": nothing to probe.
    if (!(await this.hasher.verify(password, hash)) || !member) {
      const lock = await this.locks.recordFailure(subject, this.config.loginLockout);
      if (!lock) throw StaffError.invalidCredentials();
      await this.uow.run(() =>
        this.uow.record(
          new SecurityLockoutEvent(
            { type: 'system', reason: 'login lockout' },
            { type: 'staff', id: member?.id ?? null },
            {
              kind: 'login',
              subject: String(telegramId),
              failures: lock.failures,
              lockedUntil: lock.lockedUntil.toISOString(),
              ip,
            },
          ),
        ),
      );
      throw StaffError.loginLocked(lock.lockedUntil);
    }
    await this.locks.clear(subject);
    return this.sessions.open(member, 'password', ip);
  }
}
