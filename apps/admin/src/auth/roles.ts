/** The staff roles (DESIGN §2 «Staff») and what the panel shows each; the API still enforces. */
export type Role = 'owner' | 'marketing' | 'readonly';

export const ALL_ROLES: readonly Role[] = ['owner', 'marketing', 'readonly'];
export const EDITORS: readonly Role[] = ['owner', 'marketing'];
export const OWNERS: readonly Role[] = ['owner'];

/** Edit clients, bulk actions, exports, templates, discounts, broadcasts, segments, campaigns. */
export const canEdit = (role: unknown): boolean => role === 'owner' || role === 'marketing';
/** Staff, cashier approval, settings, audit log, redemption rollback, Bull Board. */
export const isOwner = (role: unknown): boolean => role === 'owner';
/** Readonly staff never see a phone. */
export const canSeePhone = (role: unknown): boolean => canEdit(role);
