const DATABASE_CODES = new Set(['ER_ACCESS_DENIED_ERROR', 'ER_BAD_DB_ERROR', 'ER_DBACCESS_DENIED_ERROR']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * One line for the start-up failures a person can fix (the database or Redis refusing or not
 * answering), instead of a stack trace; null for anything else, which is a bug and keeps its stack.
 */
export function describeStartupFailure(
  error: unknown,
  env: Record<string, string | undefined>,
): string | null {
  if (!error || typeof error !== 'object') return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : '';
  const hint = 'On a developer machine `npm start` checks both and creates the database user.';
  if (typeof code === 'string' && DATABASE_CODES.has(code))
    return `Cannot use the database of DATABASE_URL: ${text}. ${hint}`;
  if (code === 'EADDRINUSE')
    return `Cannot listen: ${text} (API_PORT / BOTS_PORT): another instance is running there.`;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) {
    const redisPort = safePort(env.REDIS_URL, 6379);
    const what =
      redisPort !== null && text.endsWith(`:${redisPort}`) ? 'Redis (REDIS_URL)' : 'MySQL (DATABASE_URL)';
    return `Cannot reach ${what}: ${text}. ${hint}`;
  }
  return null;
}

function safePort(url: string | undefined, fallback: number): number | null {
  try {
    return url ? Number(new URL(url).port || fallback) : null;
  } catch {
    return null;
  }
}
