import { AppConfig } from '@dvorik/config';
import { Command, CommandRunner } from 'nest-commander';
import { BackupService } from '../backup/backup.service';
import { say } from '../output';

/** `npm run cli -- backup:create`: a consistent, compressed dump into BACKUP_DIR, the newest BACKUP_KEEP kept. */
@Command({
  name: 'backup:create',
  description: 'Dump the database (consistent, while the tills work) into BACKUP_DIR',
})
export class BackupCreateCommand extends CommandRunner {
  constructor(private readonly config: AppConfig) {
    super();
  }

  async run(): Promise<void> {
    const { DATABASE_URL, BACKUP_DIR, BACKUP_KEEP } = this.config.env;
    const { file, pruned } = await new BackupService({
      databaseUrl: DATABASE_URL,
      dir: BACKUP_DIR,
      keep: BACKUP_KEEP,
    }).create();
    say(`Backup written: ${file}`);
    for (const name of pruned) say(`Old backup removed: ${name}`);
  }
}
