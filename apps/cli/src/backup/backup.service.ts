import { type ChildProcess, spawn } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { createConnection } from 'mysql2/promise';
import { backupFileName, backupsToPrune } from './backup-files.rule';
import { type DatabaseTarget, databaseTarget, findTool, withOptionsFile } from './mysql-tools';

export interface BackupOptions {
  databaseUrl: string;
  dir: string;
  keep: number;
}

/** Resolves when the process exits 0; rejects with its stderr otherwise. */
function finished(child: ChildProcess, what: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${what} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}

/**
 * `backup:create` and `backup:restore`. The dump is one consistent snapshot taken inside a
 * single transaction (`--single-transaction`, InnoDB): the tills keep redeeming while it runs.
 */
export class BackupService {
  private readonly target: DatabaseTarget;

  constructor(private readonly options: BackupOptions) {
    this.target = databaseTarget(options.databaseUrl);
  }

  /** Writes `<dir>/dvorik-<time>.sql.gz` (whole or not at all), then keeps only the newest N. */
  async create(now = new Date()): Promise<{ file: string; pruned: string[] }> {
    const dir = resolve(this.options.dir);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, backupFileName(now));
    const partial = `${file}.partial`;
    const dump = findTool(['mariadb-dump', 'mysqldump']);
    try {
      await withOptionsFile(this.target, async (cnf) => {
        const child = spawn(
          dump,
          [
            `--defaults-extra-file=${cnf}`,
            '--single-transaction',
            '--quick',
            '--routines',
            '--triggers',
            '--hex-blob',
            '--no-tablespaces',
            '--default-character-set=utf8mb4',
            this.target.database,
          ],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        await Promise.all([
          finished(child, dump),
          pipeline(child.stdout!, createGzip(), createWriteStream(partial, { mode: 0o600 })),
        ]);
      });
      renameSync(partial, file);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    const pruned = backupsToPrune(readdirSync(dir), this.options.keep);
    for (const name of pruned) rmSync(join(dir, name));
    return { file, pruned };
  }

  /** Refuses a database that has any table unless `force` (the dump then replaces its tables). */
  async restore(file: string, force = false): Promise<{ tables: number }> {
    const path = resolve(file);
    if (!existsSync(path)) throw new Error(`No such backup file: ${path}`);
    const before = await this.tableCount();
    if (before > 0 && !force)
      throw new Error(
        `Database ${this.target.database} is not empty (${before} tables): restore into an empty database, or pass --force to overwrite`,
      );
    const client = findTool(['mariadb', 'mysql']);
    await withOptionsFile(this.target, async (cnf) => {
      const child = spawn(
        client,
        [`--defaults-extra-file=${cnf}`, '--default-character-set=utf8mb4', this.target.database],
        { stdio: ['pipe', 'ignore', 'pipe'] },
      );
      await Promise.all([
        finished(child, client),
        pipeline(createReadStream(path), createGunzip(), child.stdin!),
      ]);
    });
    return { tables: await this.tableCount() };
  }

  private async tableCount(): Promise<number> {
    const connection = await createConnection({
      host: this.target.host,
      port: this.target.port,
      user: this.target.user,
      password: this.target.password,
    });
    try {
      const [rows] = await connection.query(
        "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'",
        [this.target.database],
      );
      return Number((rows as Array<{ n: number }>)[0].n);
    } finally {
      await connection.end();
    }
  }
}
