import { backupFileName, backupsToPrune, isBackupFileName } from './backup-files.rule';

describe('backup files', () => {
  it('names a backup by its UTC time, sortably', () => {
    expect(backupFileName(new Date('2026-12-01T03:15:09.123Z'))).toBe('dvorik-20261201-031509.sql.gz');
    expect(isBackupFileName('dvorik-20261201-031509.sql.gz')).toBe(true);
    expect(isBackupFileName('dvorik-20261201-031509.sql.gz.partial')).toBe(false);
    expect(isBackupFileName('notes.txt')).toBe(false);
  });

  it('prunes all but the newest N backups and nothing else', () => {
    const names = [
      'dvorik-20261203-000000.sql.gz',
      'notes.txt',
      'dvorik-20261201-000000.sql.gz',
      'dvorik-20261202-000000.sql.gz',
    ];
    expect(backupsToPrune(names, 2)).toEqual(['dvorik-20261201-000000.sql.gz']);
    expect(backupsToPrune(names, 5)).toEqual([]);
    expect(backupsToPrune(names, 0)).toHaveLength(3);
  });
});
