import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { UnitOfWork } from '@dvorik/persistence';
import { LoginLinkIssuedEvent } from '../events/staff.events';
import { LoginTokenStore } from '../login-token.store';
import { StaffError } from '../staff.errors';
import { StaffRepository } from '../staff.repository';
import { IssueStaffLoginLinkCommand } from './issue-staff-login-link.command';

@CommandHandler(IssueStaffLoginLinkCommand)
export class IssueStaffLoginLinkHandler implements ICommandHandler<IssueStaffLoginLinkCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly staff: StaffRepository,
    private readonly tokens: LoginTokenStore,
    private readonly config: AppConfig,
  ) {}

  async execute({ actor, staffId }: IssueStaffLoginLinkCommand) {
    const member = await this.staff.findById(staffId);
    if (!member) throw StaffError.notFound({ id: staffId });
    if (!member.active) throw StaffError.inactive();
    const { token, expiresAt } = await this.tokens.issue(member.id);
    await this.uow.run(() =>
      this.uow.record(
        new LoginLinkIssuedEvent(actor, { type: 'staff', id: member.id }, { staffId: member.id }),
      ),
    );
    const url = new URL(`${this.config.env.PUBLIC_ADMIN_URL.replace(/\/+$/, '')}/login`);
    url.searchParams.set('token', token);
    return { url: url.toString(), expiresAt };
  }
}
