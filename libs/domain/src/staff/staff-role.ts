export enum StaffRole {
  Owner = 'owner',
  Marketing = 'marketing',
  Readonly = 'readonly',
}

export const STAFF_ROLES: readonly StaffRole[] = Object.values(StaffRole);

/** Which staff alerts a member receives through the staff bot (DESIGN §2 Staff). */
export enum NotificationGroup {
  Errors = 'errors',
  Broadcasts = 'broadcasts',
  Cashiers = 'cashiers',
  Redemptions = 'redemptions',
  Orders = 'orders',
  Settings = 'settings',
  /** The owner's evening (DESIGN §2): the daily digest and the anomaly alerts. */
  Digest = 'digest',
  Anomalies = 'anomalies',
}

export const NOTIFICATION_GROUPS: readonly NotificationGroup[] = Object.values(NotificationGroup);
