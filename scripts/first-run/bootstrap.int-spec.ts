import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';

/**
 * The bootstrap modules of `npm start` are plain ES modules (they run before the build), so each
 * call runs in its own node process, as start.mjs runs them.
 */
async function call(
  module: string,
  fn: string,
  ...args: unknown[]
): Promise<{ value?: unknown; error?: string }> {
  const url = `file://${resolve(__dirname, module)}`;
  const code = `import(${JSON.stringify(url)}).then((m) => m.${fn}(...${JSON.stringify(args)}))
    .then((value) => console.log(JSON.stringify({ value: value ?? null })),
          (e) => console.log(JSON.stringify({ error: e.name + ': ' + e.message })))`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', code]);
  return JSON.parse(stdout) as { value?: unknown; error?: string };
}

const root = () => createConnection({ socketPath: '/run/mysqld/mysqld.sock', user: 'root' });

describe('npm start bootstrap: MySQL user and database, Redis (MariaDB, Redis)', () => {
  const name = `dvorik_fb_${randomBytes(4).toString('hex')}`;
  const url = `mysql://${name}:secret_pw@127.0.0.1:3306/${name}`;

  afterAll(async () => {
    const admin = await root();
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    for (const host of ['localhost', '127.0.0.1']) await admin.query('DROP USER IF EXISTS ?@?', [name, host]);
    await admin.end();
  });

  it('creates a missing user and database through root, once; then the app user logs in', async () => {
    expect(await call('database.mjs', 'ensureDatabase', url, { production: false })).toEqual({
      value: `Created MySQL user '${name}' and database '${name}' through the local root account (development only).`,
    });
    expect(await call('database.mjs', 'ensureDatabase', url, { production: false })).toEqual({ value: null });
    const app = await createConnection({ uri: url });
    await app.query('CREATE TABLE t (id INT)'); // all privileges on its own database
    await app.end();
  });

  it('creates only the database when the user exists', async () => {
    const admin = await root();
    await admin.query(`DROP DATABASE \`${name}\``);
    await admin.end();
    expect(await call('database.mjs', 'ensureDatabase', url, { production: false })).toEqual({
      value: `Created database '${name}' for MySQL user '${name}' through the local root account (development only).`,
    });
  });

  it('never changes the password of an existing user', async () => {
    const wrong = url.replace('secret_pw', 'other_pw');
    const { error } = await call('database.mjs', 'ensureDatabase', wrong, { production: false });
    expect(error).toMatch(/^FirstRunError: MySQL user '.+' exists but DATABASE_URL's password is wrong/);
    const app = await createConnection({ uri: url }); // the old password still works
    await app.end();
  });

  it('says how to start Redis when nothing answers', async () => {
    const { error } = await call('redis.mjs', 'ensureRedis', 'redis://127.0.0.1:1/0');
    expect(error).toBe(
      'FirstRunError: Redis is not reachable at 127.0.0.1:1 (REDIS_URL). Start it: docker compose up -d redis   (or: sudo apt-get install redis-server)',
    );
    expect(
      await call('redis.mjs', 'ensureRedis', process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0'),
    ).toEqual({
      value: null,
    });
  });
});
