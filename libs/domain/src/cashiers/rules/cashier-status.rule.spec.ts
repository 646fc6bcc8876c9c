import { decideCashierStatus } from './cashier-status.rule';

describe('decideCashierStatus', () => {
  it.each([
    ['pending', 'approve', { kind: 'change', to: 'active' }],
    ['rejected', 'approve', { kind: 'change', to: 'active' }],
    ['blocked', 'approve', { kind: 'change', to: 'active' }],
    ['active', 'approve', { kind: 'same' }],
    ['pending', 'reject', { kind: 'change', to: 'rejected' }],
    ['active', 'reject', { kind: 'refused' }],
    ['blocked', 'reject', { kind: 'refused' }],
    ['active', 'block', { kind: 'change', to: 'blocked' }],
    ['pending', 'block', { kind: 'change', to: 'blocked' }],
    ['blocked', 'block', { kind: 'same' }],
  ] as const)('%s + %s', (from, decision, expected) => {
    expect(decideCashierStatus(from, decision)).toEqual(expected);
  });
});
