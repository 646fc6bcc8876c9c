import { Injectable } from '@nestjs/common';
import type { ResolvedRange } from './rules/stats-range.rule';

export type DashboardSectionReader = (range: ResolvedRange, isTest: boolean) => Promise<unknown>;

/**
 * Blocks other capabilities add to the dashboard without the dashboard knowing them: the
 * broadcasts capability registers `upcomingBroadcasts` (and `recentBroadcasts`) from its own
 * module's `onModuleInit` — `sections.register('upcomingBroadcasts', reader)` after importing
 * StatsModule. Until a section is registered, the dashboard simply has no such field.
 */
@Injectable()
export class DashboardSections {
  private readonly readers = new Map<string, DashboardSectionReader>();

  register(key: string, reader: DashboardSectionReader): void {
    this.readers.set(key, reader);
  }

  async read(range: ResolvedRange, isTest: boolean): Promise<Record<string, unknown>> {
    const entries = await Promise.all(
      [...this.readers].map(async ([key, reader]) => [key, await reader(range, isTest)] as const),
    );
    return Object.fromEntries(entries);
  }
}
