import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { BroadcastView } from '../broadcast.view';
import type { BroadcastOrigin, BroadcastStatus, RecipientStatus } from '../broadcast.types';

export class ListBroadcastsQuery extends Query<Page<BroadcastView>> {
  constructor(
    readonly filter: { status?: BroadcastStatus; origin?: BroadcastOrigin },
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}

export class GetBroadcastQuery extends Query<BroadcastView> {
  constructor(readonly id: number) {
    super();
  }
}

/** «Вы собираетесь отправить N пользователям»: what launching now would freeze. */
export class EstimateBroadcastQuery extends Query<{ count: number; message: string }> {
  constructor(readonly id: number) {
    super();
  }
}

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
