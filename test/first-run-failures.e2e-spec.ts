import net from 'node:net';
import {
  dropUserAndDatabase,
  freshClone,
  rootConnection,
  runStart,
  shellEnv,
  uniqueDatabase,
} from './support/first-run-kit';
import { freePort } from './support/test-system';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';

/** What `npm start` says when it cannot fix things itself: one line, the fix, exit 1, no stack trace. */
describe('npm start when the database or Redis cannot be used', () => {
  let clone: ReturnType<typeof freshClone>;
  const db = uniqueDatabase();

  beforeAll(async () => {
    clone = freshClone();
    const root = await rootConnection();
    try {
      await root.query('CREATE USER ?@? IDENTIFIED BY ?', [db.user, '127.0.0.1', 'the-right-password']);
    } finally {
      await root.end();
    }
  });
  afterAll(async () => {
    await dropUserAndDatabase(db.user);
    clone?.remove();
  });

  async function failedStart(env: Record<string, string>): Promise<string[]> {
    const run = runStart(clone.dir, shellEnv({ REDIS_URL, ...env }));
    expect(await run.exited).toBe(1);
    const lines = run.output().trim().split('\n');
    expect(run.output()).not.toMatch(/^\s+at /m); // no stack trace
    return lines.filter((line) => !line.startsWith('[start] Created .env'));
  }

  it('a wrong password of an existing user: one line with the command that sets it', async () => {
    const lines = await failedStart({
      DATABASE_URL: `mysql://${db.user}:wrong@127.0.0.1:3306/${db.database}`,
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`MySQL user '${db.user}' exists but DATABASE_URL's password is wrong`);
    expect(lines[0]).toContain(`sudo mysql -e "ALTER USER '${db.user}'@'127.0.0.1' IDENTIFIED BY 'wrong'"`);
  }, 30_000);

  it('no database server at all: one line with how to start one', async () => {
    const port = await freePort();
    const lines = await failedStart({ DATABASE_URL: `mysql://dvorik:dvorik@127.0.0.1:${port}/dvorik` });
    expect(lines).toEqual([
      `[start] MySQL/MariaDB is not reachable at 127.0.0.1:${port} (DATABASE_URL). Start it: docker compose up -d mysql   (or: sudo apt-get install mariadb-server)`,
    ]);
  }, 30_000);

  it('no Redis: one line with how to start it', async () => {
    const port = await freePort();
    const lines = await failedStart({
      DATABASE_URL: 'mysql://dvorik:dvorik@127.0.0.1:3306/dvorik',
      REDIS_URL: `redis://127.0.0.1:${port}/0`,
    });
    expect(lines).toEqual([
      `[start] Redis is not reachable at 127.0.0.1:${port} (REDIS_URL). Start it: docker compose up -d redis   (or: sudo apt-get install redis-server)`,
    ]);
  }, 30_000);

  it('a port taken by another npm start: one line naming the variable', async () => {
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const lines = await failedStart({
        DATABASE_URL: 'mysql://dvorik:dvorik@127.0.0.1:3306/dvorik',
        API_PORT: String(port),
      });
      expect(lines).toEqual([
        `[start] Port ${port} (API_PORT) is taken, by another npm start or another program: stop it, or set API_PORT in .env to a free port.`,
      ]);
    } finally {
      server.close();
    }
  }, 30_000);

  it('production never creates anything: one line with the command to run', async () => {
    const other = uniqueDatabase();
    const lines = await failedStart({
      NODE_ENV: 'production',
      DATABASE_URL: `mysql://${other.user}:${other.password}@127.0.0.1:3306/${other.database}`,
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`user '${other.user}' cannot log in`);
    expect(lines[0]).toContain(`CREATE USER IF NOT EXISTS '${other.user}'@'localhost'`);
    const root = await rootConnection();
    try {
      const [users] = await root.query('SELECT User FROM mysql.user WHERE User = ?', [other.user]);
      expect(users).toEqual([]);
    } finally {
      await root.end();
    }
  }, 30_000);
});
