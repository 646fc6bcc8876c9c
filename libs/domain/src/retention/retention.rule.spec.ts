import { idRanges, retentionCutoff } from './retention.rule';

describe('retention rules', () => {
  it('cuts off whole days before now', () => {
    expect(retentionCutoff(new Date('2026-12-01T00:00:00Z'), 365).toISOString()).toBe(
      '2025-12-01T00:00:00.000Z',
    );
  });

  it('covers [first, end) with adjacent ranges of at most size ids', () => {
    expect(idRanges(1, 8, 3)).toEqual([
      [1, 4],
      [4, 7],
      [7, 8],
    ]);
    expect(idRanges(5, 5, 3)).toEqual([]);
    expect(idRanges(1, 2, 1000)).toEqual([[1, 2]]);
    expect(() => idRanges(1, 2, 0)).toThrow();
  });
});
