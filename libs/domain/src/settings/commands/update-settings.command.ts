import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { Settings } from '../settings.registry';

/** `PATCH /settings {key: value, …}`: every key validated, all applied or none. */
export class UpdateSettingsCommand extends Command<Settings> {
  constructor(
    readonly actor: Actor,
    readonly changes: Record<string, unknown>,
  ) {
    super();
  }
}
