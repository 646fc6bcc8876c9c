// MySQL/MariaDB bootstrap of `npm start`: on a developer machine, a missing app user or database
// is created through the local administrator account (root over the socket, or root with an
// empty password on 127.0.0.1), as Debian's mariadb-server sets it up. Never in production.
import { existsSync } from 'node:fs';
import mysql from 'mysql2/promise';
import { FirstRunError } from './say.mjs';

const SOCKETS = ['/run/mysqld/mysqld.sock', '/var/run/mysqld/mysqld.sock', '/tmp/mysql.sock'];
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const DOWN = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET']);
/** What a failed login of the app user means. */
const PROBLEM = {
  ER_ACCESS_DENIED_ERROR: 'user',
  ER_ACCESS_DENIED_NO_PASSWORD_ERROR: 'user', // MariaDB's answer for an unknown user in some set-ups
  ER_BAD_DB_ERROR: 'database',
  ER_DBACCESS_DENIED_ERROR: 'grant',
};

export function parseDatabaseUrl(databaseUrl) {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
  };
}

async function attempt(options) {
  try {
    const connection = await mysql.createConnection({ connectTimeout: 5000, ...options });
    return { connection };
  } catch (error) {
    return { error };
  }
}

/** Hosts the app user is created for: both spellings of loopback, or any host for a remote server. */
const hostsFor = (db) => (LOCAL_HOSTS.has(db.host) ? ['localhost', '127.0.0.1'] : ['%']);

/** The SQL that creates the user and database; also what the user is told to run. */
export function creationSql(db) {
  const statements = [
    `CREATE DATABASE IF NOT EXISTS ${db.database} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  ];
  for (const host of hostsFor(db)) {
    const account = `${mysql.escape(db.user)}@${mysql.escape(host)}`;
    statements.push(`CREATE USER IF NOT EXISTS ${account} IDENTIFIED BY ${mysql.escape(db.password)}`);
    statements.push(`GRANT ALL PRIVILEGES ON ${db.database}.* TO ${account}`);
  }
  return statements;
}

const shellCommand = (statements) => `sudo mysql -e "${statements.join('; ').replace(/(["$`\\])/g, '\\$1')}"`;

async function adminConnection(db) {
  const tries = [];
  if (LOCAL_HOSTS.has(db.host))
    for (const socketPath of SOCKETS) if (existsSync(socketPath)) tries.push({ socketPath, user: 'root' });
  tries.push({ host: db.host, port: db.port, user: 'root', password: '' });
  for (const options of tries) {
    const { connection } = await attempt(options);
    if (connection) return connection;
  }
  return null;
}

/**
 * Makes sure DATABASE_URL's user can log in to its database. Returns the line to print when it
 * created something, null when all was in place; throws a one-line FirstRunError otherwise.
 */
export async function ensureDatabase(databaseUrl, { production }) {
  const db = parseDatabaseUrl(databaseUrl);
  const where = `${db.host}:${db.port}`;
  const app = await attempt(db);
  if (app.connection) {
    await app.connection.end();
    return null;
  }
  const code = app.error.code;
  if (DOWN.has(code))
    throw new FirstRunError(
      `MySQL/MariaDB is not reachable at ${where} (DATABASE_URL). Start it: docker compose up -d mysql   (or: sudo apt-get install mariadb-server)`,
    );
  const problem = PROBLEM[code];
  if (!problem)
    throw new FirstRunError(`MySQL at ${where} refused DATABASE_URL: ${app.error.message} (${code})`);
  const what =
    problem === 'database'
      ? `database '${db.database}' does not exist`
      : `user '${db.user}' cannot log in to database '${db.database}'`;
  const fix = shellCommand(creationSql(db));
  if (production) throw new FirstRunError(`MySQL at ${where}: ${what}. Create it: ${fix}`);
  const admin = await adminConnection(db);
  let createdUser = false;
  if (!admin)
    throw new FirstRunError(
      `MySQL at ${where}: ${what}, and the local root account is not usable to create it. Run: ${fix}`,
    );
  try {
    const [rows] = await admin.query('SELECT Host AS host FROM mysql.user WHERE User = ?', [db.user]);
    if (problem === 'user' && rows.length > 0) {
      const alter = rows.map(
        ({ host }) =>
          `ALTER USER ${mysql.escape(db.user)}@${mysql.escape(host)} IDENTIFIED BY ${mysql.escape(db.password)}`,
      );
      throw new FirstRunError(
        `MySQL user '${db.user}' exists but DATABASE_URL's password is wrong: correct DATABASE_URL in .env, or run: ${shellCommand(alter)}`,
      );
    }
    for (const statement of creationSql(db)) await admin.query(statement);
    createdUser = rows.length === 0;
  } finally {
    await admin.end();
  }
  const check = await attempt(db);
  if (!check.connection)
    throw new FirstRunError(
      `MySQL at ${where}: created '${db.user}' but it still cannot log in: ${check.error.message}`,
    );
  await check.connection.end();
  const created = createdUser
    ? `MySQL user '${db.user}' and database '${db.database}'`
    : `database '${db.database}' for MySQL user '${db.user}'`;
  return `Created ${created} through the local root account (development only).`;
}
