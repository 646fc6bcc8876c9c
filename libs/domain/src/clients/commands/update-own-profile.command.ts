import { Command } from '@nestjs/cqrs';
import type { ClientView, Gender } from '../client.entity';

/** One change a client makes in «Мой профиль». */
export type OwnProfileChange =
  /** From Telegram's contact button: the card's phone and the user it belongs to. */
  | { kind: 'phone'; phone: string; contactUserId: number | null }
  | { kind: 'gender'; gender: Gender }
  | { kind: 'name'; text: string };

/** The client edits their own profile in the client bot (optional; staff edit it in the panel). */
export class UpdateOwnProfileCommand extends Command<ClientView> {
  constructor(
    readonly clientId: number,
    readonly change: OwnProfileChange,
  ) {
    super();
  }
}
