import type { CashierStatus } from '../cashier.entity';

export type CashierDecision = 'approve' | 'reject' | 'block' | 'unblock';

const TARGET: Record<CashierDecision, CashierStatus> = {
  approve: 'active',
  reject: 'rejected',
  block: 'blocked',
  unblock: 'active',
};

/** Where an owner's decision may start from. A rejected request can still be approved later. */
const FROM: Record<CashierDecision, readonly CashierStatus[]> = {
  approve: ['pending', 'rejected', 'blocked'],
  reject: ['pending'],
  block: ['pending', 'active', 'rejected'],
  // Only a blocked cashier is unblocked; a pending request is approved instead.
  unblock: ['blocked'],
};

/**
 * `same`: already there (two owners pressed the same button) — a no-op, not an error.
 * `refused`: e.g. rejecting a cashier who already works; block them instead.
 */
export function decideCashierStatus(
  current: CashierStatus,
  decision: CashierDecision,
): { kind: 'change'; to: CashierStatus } | { kind: 'same' } | { kind: 'refused' } {
  const to = TARGET[decision];
  if (current === to) return { kind: 'same' };
  return FROM[decision].includes(current) ? { kind: 'change', to } : { kind: 'refused' };
}
