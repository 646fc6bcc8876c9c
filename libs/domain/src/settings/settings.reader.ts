import { Injectable } from '@nestjs/common';
import type { SettingKey, Settings } from './settings.registry';
import { SettingsRepository } from './settings.repository';

/** How long a process trusts its copy; another process's change is seen within this time. */
export const SETTINGS_CACHE_MS = 5000;

/**
 * Settings for business code, cached in-process: the bots read them on nearly every update.
 * A change made in this process invalidates at once; other replicas catch up within the TTL.
 * TODO(administration issue): Redis pub/sub invalidation so every replica drops its copy at once.
 */
@Injectable()
export class SettingsReader {
  private cached: { settings: Settings; until: number } | null = null;
  private loading: Promise<Settings> | null = null;

  constructor(private readonly repository: SettingsRepository) {}

  async all(): Promise<Settings> {
    if (this.cached && this.cached.until > Date.now()) return this.cached.settings;
    // Concurrent callers share one query instead of stampeding the database.
    this.loading ??= this.repository.load().then(
      (settings) => {
        this.cached = { settings, until: Date.now() + SETTINGS_CACHE_MS };
        this.loading = null;
        return settings;
      },
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }

  async get<K extends SettingKey>(key: K): Promise<Settings[K]> {
    return (await this.all())[key];
  }

  invalidate(): void {
    this.cached = null;
  }
}
