import { Injectable } from '@nestjs/common';
import { CacheInvalidationBus } from '@dvorik/persistence';
import type { SettingKey, Settings } from './settings.registry';
import { SettingsRepository } from './settings.repository';

/** A backstop only: a change reaches every process at once through CacheInvalidationBus. */
export const SETTINGS_CACHE_MS = 60_000;
export const SETTINGS_CACHE_TOPIC = 'settings';

/**
 * Settings for business code, cached in-process: the bots read them on nearly every update.
 * A change made in any process drops every process's copy at once (Redis pub/sub); the TTL
 * only bounds how stale a copy gets if an invalidation message is ever lost.
 */
@Injectable()
export class SettingsReader {
  private cached: { settings: Settings; until: number } | null = null;
  private loading: Promise<Settings> | null = null;

  constructor(
    private readonly repository: SettingsRepository,
    bus: CacheInvalidationBus,
  ) {
    bus.on(SETTINGS_CACHE_TOPIC, () => this.invalidate());
  }

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
