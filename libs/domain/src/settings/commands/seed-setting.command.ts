import { Command } from '@nestjs/cqrs';
import type { SettingKey } from '../settings.registry';

/**
 * A seeder's default: sets `key` only if nobody set it yet (an owner's choice always wins), with
 * no event, like the rest of a seed. Joins the caller's transaction, so the setting commits with
 * the rows it points at. Resolves to whether it was written.
 */
export class SeedSettingCommand extends Command<boolean> {
  constructor(
    readonly key: SettingKey,
    readonly value: unknown,
  ) {
    super();
  }
}
