import { AppConfig } from '@dvorik/config';
import { Command, CommandRunner, Option } from 'nest-commander';
import { BackupService } from '../backup/backup.service';
import { say } from '../output';

interface RestoreOptions {
  file: string;
  force?: boolean;
}

/** `npm run cli -- backup:restore --file backups/dvorik-….sql.gz [--force]`. */
@Command({
  name: 'backup:restore',
  description: 'Restore a backup into DATABASE_URL; refuses a database with tables unless --force',
})
export class BackupRestoreCommand extends CommandRunner {
  constructor(private readonly config: AppConfig) {
    super();
  }

  @Option({ flags: '--file <path>', description: 'A .sql.gz made by backup:create', required: true })
  parseFile(value: string): string {
    return value;
  }

  @Option({ flags: '--force', description: 'Overwrite a database that already has tables' })
  parseForce(): boolean {
    return true;
  }

  async run(_: string[], options: RestoreOptions): Promise<void> {
    const service = new BackupService({
      databaseUrl: this.config.env.DATABASE_URL,
      dir: this.config.env.BACKUP_DIR,
      keep: this.config.env.BACKUP_KEEP,
    });
    const { tables } = await service.restore(options.file, options.force === true);
    say(
      `Restored ${options.file}: ${tables} tables. Run \`npm run cli -- migrate\` if the backup is older than this release.`,
    );
  }
}
