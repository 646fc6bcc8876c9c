import { Injectable } from '@nestjs/common';
import { CacheInvalidationBus } from '@dvorik/persistence';
import type { StaffRole } from './staff-role';
import { StaffRepository } from './staff.repository';

export interface StaffAccess {
  role: StaffRole;
  active: boolean;
}

const TTL_MS = 30_000;
export const STAFF_CACHE_TOPIC = 'staff';

/**
 * The current role and active flag of a staff member, read on every API request so that a
 * demotion or deactivation takes effect at once, not when the token expires. Cached per
 * process; a staff change drops every process's copy through the invalidation bus.
 */
@Injectable()
export class StaffAccessReader {
  private readonly cache = new Map<number, { access: StaffAccess | null; until: number }>();

  constructor(
    private readonly staff: StaffRepository,
    bus: CacheInvalidationBus,
  ) {
    bus.on(STAFF_CACHE_TOPIC, () => this.cache.clear());
  }

  async current(staffId: number): Promise<StaffAccess | null> {
    const hit = this.cache.get(staffId);
    if (hit && hit.until > Date.now()) return hit.access;
    const member = await this.staff.findById(staffId);
    const access = member ? { role: member.role, active: member.active } : null;
    this.cache.set(staffId, { access, until: Date.now() + TTL_MS });
    return access;
  }
}
