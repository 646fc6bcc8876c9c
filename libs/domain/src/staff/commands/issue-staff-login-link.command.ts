import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';

/** Owner: a one-time panel link for a staff member (e.g. to hand over in person), 10 minutes. */
export class IssueStaffLoginLinkCommand extends Command<{ url: string; expiresAt: Date }> {
  constructor(
    readonly actor: Actor,
    readonly staffId: number,
  ) {
    super();
  }
}
