import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CacheInvalidationBus, UnitOfWork } from '@dvorik/persistence';
import { isDeepStrictEqual } from 'node:util';
import { SettingsUpdatedEvent } from '../events/settings.events';
import { SettingsError } from '../settings.errors';
import { SETTINGS_CACHE_TOPIC } from '../settings.reader';
import { crossCheckSettings, isSettingKey, parseSetting, type Settings } from '../settings.registry';
import { SettingsRepository } from '../settings.repository';
import { UpdateSettingsCommand } from './update-settings.command';

@CommandHandler(UpdateSettingsCommand)
export class UpdateSettingsHandler implements ICommandHandler<UpdateSettingsCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: SettingsRepository,
    private readonly bus: CacheInvalidationBus,
  ) {}

  async execute({ actor, changes }: UpdateSettingsCommand): Promise<Settings> {
    const parsed = this.parse(changes);
    const settings = await this.uow.run(async () => {
      // Locked so two owners saving at once produce an exact before → after each.
      const before = await this.repository.load(true);
      const after = { ...before, ...parsed };
      const crossErrors = crossCheckSettings(after);
      if (Object.keys(crossErrors).length > 0) throw SettingsError.invalid(crossErrors);
      const diff: Record<string, { before: unknown; after: unknown }> = {};
      const now = new Date();
      const staffId = actor.type === 'staff' ? actor.staffId : null;
      for (const [key, value] of Object.entries(parsed) as Array<[keyof Settings, unknown]>) {
        if (isDeepStrictEqual(before[key], value)) continue;
        diff[key] = { before: before[key], after: value };
        await this.repository.upsert(key, value, now, staffId);
      }
      if (Object.keys(diff).length > 0) {
        await this.uow.record(
          new SettingsUpdatedEvent(actor, { type: 'settings', id: null }, { changes: diff }),
        );
      }
      return after;
    });
    // After the commit: every process (bots, worker, API replicas) drops its cached copy.
    await this.bus.publish(SETTINGS_CACHE_TOPIC);
    return settings;
  }

  private parse(changes: Record<string, unknown>): Partial<Settings> {
    const fields: Record<string, string[]> = {};
    const parsed: Record<string, unknown> = {};
    if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
      throw SettingsError.invalid({ body: ['must be an object of {key: value}'] });
    }
    for (const [key, value] of Object.entries(changes)) {
      if (!isSettingKey(key)) {
        fields[key] = ['unknown setting'];
        continue;
      }
      const result = parseSetting(key, value);
      if (result.ok) parsed[key] = result.value;
      else fields[key] = result.errors;
    }
    if (Object.keys(fields).length > 0) throw SettingsError.invalid(fields);
    return parsed;
  }
}
