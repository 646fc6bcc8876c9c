// Redis check of `npm start`: there is nothing to create, but an unreachable server or wrong
// credentials are one line with what to do.
import Redis from 'ioredis';
import { FirstRunError } from './say.mjs';

export async function ensureRedis(redisUrl) {
  const url = new URL(redisUrl);
  const where = `${url.hostname}:${url.port || 6379}`;
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => {}); // the rejected connect() below says it once
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    const message = String(error?.message ?? error);
    if (/NOAUTH|WRONGPASS|invalid password|invalid username/i.test(message))
      throw new FirstRunError(
        `Redis at ${where} refused REDIS_URL's credentials (${message}); correct REDIS_URL in .env.`,
      );
    throw new FirstRunError(
      `Redis is not reachable at ${where} (REDIS_URL). Start it: docker compose up -d redis   (or: sudo apt-get install redis-server)`,
    );
  } finally {
    redis.disconnect();
  }
}
