import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { AccessTokenIssuer } from './access-token.issuer';
import type { StaffSession } from './commands/exchange-login-token.command';
import { StaffLoggedInEvent } from './events/staff.events';
import { type Staff, toStaffView } from './staff.entity';
import { StaffError } from './staff.errors';

/** The end of every login: an active member gets a JWT, and the login is audited. */
@Injectable()
export class StaffSessionFactory {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly tokens: AccessTokenIssuer,
  ) {}

  async open(member: Staff, method: 'login_token' | 'password', ip: string | null): Promise<StaffSession> {
    if (!member.active) throw StaffError.inactive();
    await this.uow.run(() =>
      this.uow.record(
        new StaffLoggedInEvent(
          { type: 'staff', staffId: member.id, role: member.role, ip },
          { type: 'staff', id: member.id },
          { method },
        ),
      ),
    );
    return { accessToken: this.tokens.sign(member), staff: toStaffView(member) };
  }
}
