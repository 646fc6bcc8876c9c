import mysql2 from 'mysql2';
import type { Pool, PoolConnection, PoolOptions } from 'mysql2';

/**
 * The isolation level every transaction runs at (UnitOfWork). REPEATABLE READ deadlocked under
 * 20 concurrent inserts; READ COMMITTED did not.
 */
export const SESSION_ISOLATION = 'READ COMMITTED';

/**
 * mysql2 as TypeORM's driver, except that each new pooled connection is put in READ COMMITTED
 * once, for its whole session, instead of a `SET TRANSACTION ISOLATION LEVEL` round trip before
 * every transaction (the till's redeem runs one transaction per request). mysql2 runs a
 * connection's statements in order, so this one precedes anything TypeORM sends on it.
 */
export const readCommittedMysql2: typeof mysql2 = {
  ...mysql2,
  createPool(options: PoolOptions): Pool {
    const pool = mysql2.createPool(options);
    pool.on('connection', (connection: PoolConnection) => {
      // A failure here is a broken connection: the next statement on it fails and is reported.
      connection.query(`SET SESSION TRANSACTION ISOLATION LEVEL ${SESSION_ISOLATION}`, () => undefined);
    });
    return pool;
  },
} as typeof mysql2;
