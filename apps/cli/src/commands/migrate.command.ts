import { AppConfig } from '@dvorik/config';
import { dataSourceOptions } from '@dvorik/persistence';
import { say } from '../output';
import { Command, CommandRunner, Option } from 'nest-commander';
import { DataSource } from 'typeorm';

interface MigrateOptions {
  revert?: boolean;
  status?: boolean;
}

/** `npm run cli -- migrate [--status] [--revert]`: the only way the schema changes. */
@Command({ name: 'migrate', description: 'Apply pending database migrations' })
export class MigrateCommand extends CommandRunner {
  constructor(private readonly config: AppConfig) {
    super();
  }

  @Option({ flags: '--revert', description: 'Revert the last applied migration' })
  parseRevert(): boolean {
    return true;
  }

  @Option({ flags: '--status', description: 'List migrations and whether each is applied' })
  parseStatus(): boolean {
    return true;
  }

  async run(_: string[], options: MigrateOptions = {}): Promise<void> {
    const dataSource = new DataSource(dataSourceOptions(this.config, { logging: ['error', 'migration'] }));
    await dataSource.initialize();
    try {
      if (options.status) {
        const pending = new Set(
          (await dataSource.showMigrations()) ? await this.pendingNames(dataSource) : [],
        );
        for (const m of dataSource.migrations)
          say(`${pending.has(m.name!) ? 'pending ' : 'applied '} ${m.name}`);
      } else if (options.revert) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      } else {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        say(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'Schema is up to date');
      }
    } finally {
      await dataSource.destroy();
    }
  }

  private async pendingNames(dataSource: DataSource): Promise<string[]> {
    const rows: Array<{ name: string }> = await dataSource.query('SELECT name FROM migrations');
    const applied = new Set(rows.map((r) => r.name));
    return dataSource.migrations.map((m) => m.name!).filter((name) => !applied.has(name));
  }
}
