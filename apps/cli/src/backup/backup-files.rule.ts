/** `dvorik-20261201-031500.sql.gz`: sortable by name, so the newest is last. */
const NAME = /^dvorik-\d{8}-\d{6}\.sql\.gz$/;

export function backupFileName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `dvorik-${stamp}.sql.gz`;
}

export function isBackupFileName(name: string): boolean {
  return NAME.test(name);
}

/** The backups beyond the newest `keep` (other files in the folder are never touched). */
export function backupsToPrune(names: readonly string[], keep: number): string[] {
  const backups = names.filter(isBackupFileName).sort();
  return backups.slice(0, Math.max(0, backups.length - keep));
}
