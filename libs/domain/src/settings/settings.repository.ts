import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { Setting } from './setting.entity';
import {
  isSettingKey,
  parseSetting,
  SETTING_DEFAULTS,
  type SettingKey,
  type Settings,
} from './settings.registry';

/** Stored settings merged over the defaults; reads and writes join the current transaction. */
@Injectable()
export class SettingsRepository {
  private readonly logger = new Logger(SettingsRepository.name);

  constructor(private readonly uow: UnitOfWork) {}

  async load(lock = false): Promise<Settings> {
    const qb = this.uow.manager.createQueryBuilder(Setting, 's');
    if (lock) qb.setLock('pessimistic_write');
    const rows = await qb.getMany();
    const settings: Record<string, unknown> = { ...SETTING_DEFAULTS };
    for (const row of rows) {
      if (!isSettingKey(row.key)) continue; // a key removed from the code: ignored, not fatal
      const parsed = parseSetting(row.key, row.value);
      // A row that no longer fits a tightened schema falls back to the default, loudly.
      if (parsed.ok) settings[row.key] = parsed.value;
      else
        this.logger.warn(
          `Stored setting ${row.key} is invalid (${parsed.errors.join('; ')}); using the default`,
        );
    }
    return settings as Settings;
  }

  async upsert(key: SettingKey, value: unknown, at: Date, staffId: number | null): Promise<void> {
    await this.uow.query(
      'INSERT INTO settings (`key`, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ' +
        'ON DUPLICATE KEY UPDATE value = VALUES(value), updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)',
      [key, JSON.stringify(value), at, staffId],
    );
  }

  /** Sets a key only if nobody set it yet (seeders); true when it was written. */
  async insertIfAbsent(key: SettingKey, value: unknown, at: Date): Promise<boolean> {
    const result: { affectedRows: number } = await this.uow.query(
      'INSERT IGNORE INTO settings (`key`, value, updated_at, updated_by) VALUES (?, ?, ?, NULL)',
      [key, JSON.stringify(value), at],
    );
    return result.affectedRows === 1;
  }
}
