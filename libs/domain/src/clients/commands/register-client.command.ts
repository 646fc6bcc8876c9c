import { Command } from '@nestjs/cqrs';
import type { ClientView } from '../client.entity';

export interface RegisterClientInput {
  telegramId: number;
  firstName?: string | null;
  lastName?: string | null;
  username?: string | null;
  languageCode?: string | null;
  /** The `/start` payload as received; garbage is ignored, never refused. */
  startPayload?: string | null;
  /** The update came through the client bot's test twin. */
  isTest?: boolean;
}

/** `/start [payload]`: creates the client once, refreshes them on every later start. */
export class RegisterClientCommand extends Command<{ client: ClientView; created: boolean }> {
  constructor(readonly input: RegisterClientInput) {
    super();
  }
}
