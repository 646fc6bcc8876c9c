import { insertRows, type Sql } from './insert-rows';

/**
 * A stored setting without its command (`UpdateSettingsCommand` needs the domain app), for specs
 * that hold only a connection. `value` is stored as JSON, as the settings repository stores it.
 */
export async function aSettingRow(sql: Sql, key: string, value: unknown): Promise<void> {
  await insertRows(sql, 'settings', [{ key, value: JSON.stringify(value), updated_at: new Date() }]);
}
