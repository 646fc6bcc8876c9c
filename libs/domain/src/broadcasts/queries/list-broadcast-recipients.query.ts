import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { RecipientStatus } from '../broadcast.types';

export interface BroadcastRecipientView {
  clientId: number;
  telegramId: number;
  displayName: string;
  username: string | null;
  status: RecipientStatus;
  blocked: boolean;
  attempts: number;
  /** Telegram's answer when it refused (`403 Forbidden: bot was blocked by the user`, `400 …`). */
  error: string | null;
  sentAt: Date | null;
}

export class ListBroadcastRecipientsQuery extends Query<Page<BroadcastRecipientView>> {
  constructor(
    readonly id: number,
    readonly filter: { status?: RecipientStatus; blocked?: boolean },
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
