import { AppConfig, type Env } from '@dvorik/config';
import { createConnection } from 'mysql2/promise';
import Redis from 'ioredis';

/**
 * Logs in to MySQL and pings Redis once before Nest starts. A refused login or a server that
 * is down then rejects with the driver's error, which runMain turns into one line, instead of
 * Nest's module-by-module start-up ending in a stack trace.
 */
export async function checkConnections(env: Env): Promise<void> {
  const config = new AppConfig(env);
  const db = await createConnection({ uri: config.database.url, connectTimeout: 5000 });
  await db.end();
  const redis = new Redis(config.redisUrl, {
    lazyConnect: true,
    connectTimeout: 5000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // The socket's error (ECONNREFUSED host:port) says more than connect()'s "Connection is closed".
  let socketError: unknown;
  redis.on('error', (error) => (socketError ??= error));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw socketError ?? error;
  } finally {
    redis.disconnect();
  }
}
