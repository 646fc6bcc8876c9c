import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { ClientView, Gender } from '../client.entity';

/** A staff edit (`PATCH /clients/:id`); absent fields are left as they are. */
export interface ClientPatch {
  /** The full new set (≤ 20 × ≤ 32 characters). */
  tags?: string[];
  gender?: Gender;
  /** `YYYY-MM-DD`, or null to clear: staff may correct what a client typed. */
  birthday?: string | null;
  phone?: string | null;
  /** true bans (no codes, no broadcasts), false lifts a ban. */
  banned?: boolean;
}

export class UpdateClientCommand extends Command<ClientView> {
  constructor(
    readonly actor: Actor,
    readonly clientId: number,
    readonly patch: ClientPatch,
  ) {
    super();
  }
}
