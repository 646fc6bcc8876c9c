import type { Actor } from '@dvorik/domain';

/** Staff actors for commands; no staff row is needed (the audit log keys on the id only). */
export const anOwner = (staffId = 1): Actor => ({ type: 'staff', staffId, role: 'owner', ip: '127.0.0.1' });
export const aMarketer = (staffId = 2): Actor => ({
  type: 'staff',
  staffId,
  role: 'marketing',
  ip: '127.0.0.1',
});
export const POS: Actor = { type: 'pos' };
export const aCashierActor = (cashierId: number): Actor => ({ type: 'cashier', cashierId });
