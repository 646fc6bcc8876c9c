import { csvCell, toCsv } from './csv-writer';

describe('the CSV writer', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+HYPERLINK("http://x")', '\'+HYPERLINK("http://x")'],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('escapes the would-be formula %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each(['+79140000001', '-12.50', '150', 'Скидка 10%', 'vip;опт', 'a=b', ''])(
    'leaves %j alone',
    (value) => {
      expect(csvCell(value)).toBe(value);
    },
  );

  it('guards every string column, not a list of names', () => {
    const columns = ['code_entered', 'rollback_reason', 'template_name', 'tags', 'source', 'anything_new'];
    const text = toCsv([columns.map(() => '=1+1')], true, columns);
    expect(text.trim().split('\n')[1]).toBe(columns.map(() => "'=1+1").join(','));
  });

  it('writes null as empty, dates as ISO, booleans as words', () => {
    const text = toCsv([[null, new Date('2026-01-02T03:04:05Z'), true, 5]], false, ['a', 'b', 'c', 'd']);
    expect(text).toBe(',2026-01-02T03:04:05.000Z,true,5\n');
  });
});
