import { TcpProxy } from '@dvorik/testing';
import { createPool, type Pool } from 'mysql2/promise';

/** Where the shared MariaDB listens (the proxy's upstream). */
export function mariadbAddress(url: string): { host: string; port: number } {
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  return { host: parsed.hostname, port: Number(parsed.port || 3306) };
}

/** A TCP proxy in front of the shared MariaDB: the apps' DATABASE_URL goes through it. */
export async function mariadbProxy(serverUrl = 'mariadb://dvorik:dvorik@127.0.0.1:3306'): Promise<TcpProxy> {
  const { host, port } = mariadbAddress(serverUrl);
  return new TcpProxy(host, port).start();
}

/**
 * The test's own connections to the database, past the proxy: assertions must not depend on the
 * connection the test is cutting.
 */
export function directDatabase(
  url: string,
): Pool & { rows<T = any>(sql: string, params?: unknown[]): Promise<T[]> } {
  const pool = createPool({ uri: url.replace(/^mariadb:/, 'mysql:'), connectionLimit: 3, timezone: 'Z' });
  return Object.assign(pool, {
    async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      const [rows] = await pool.query(sql, params);
      return rows as T[];
    },
  });
}
