import { Command } from '@nestjs/cqrs';

/** `/login` in the staff bot: a single-use link to the admin panel, valid 10 minutes. */
export class IssueLoginLinkCommand extends Command<{ url: string; expiresAt: Date }> {
  constructor(readonly telegramId: number) {
    super();
  }
}
