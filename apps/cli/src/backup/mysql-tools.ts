import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DatabaseTarget {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

/** `mysql://user:pass@host:3306/db` or `mariadb://…` as the command-line tools want it. */
export function databaseTarget(url: string): DatabaseTarget {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error('DATABASE_URL names no database');
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database,
  };
}

/** MariaDB's own name first, then the MySQL one (both accept the same options used here). */
export function findTool(candidates: readonly string[]): string {
  for (const name of candidates) {
    if (spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0) return name;
  }
  throw new Error(
    `None of ${candidates.join(', ')} is installed: install the MariaDB or MySQL client (apt-get install mariadb-client)`,
  );
}

/**
 * The password goes in a private options file, never on the command line (where `ps` shows it).
 * The file lives only while `use` runs.
 */
export async function withOptionsFile<T>(
  target: DatabaseTarget,
  use: (path: string) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'dvorik-db-'));
  const path = join(dir, 'client.cnf');
  const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  writeFileSync(
    path,
    `[client]\nhost=${quote(target.host)}\nport=${target.port}\nuser=${quote(target.user)}\npassword=${quote(target.password)}\n`,
    { mode: 0o600 },
  );
  try {
    return await use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
