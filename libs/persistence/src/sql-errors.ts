import { QueryFailedError } from 'typeorm';

interface DriverError {
  errno?: number;
  code?: string;
}

function driverError(error: unknown): DriverError | undefined {
  if (error instanceof QueryFailedError) return error.driverError as DriverError;
  if (error && typeof error === 'object' && 'errno' in error) return error as DriverError;
  return undefined;
}

/** ER_LOCK_DEADLOCK (1213) and ER_LOCK_WAIT_TIMEOUT (1205): the whole transaction may be re-run. */
export function isRetryableTransactionError(error: unknown): boolean {
  const errno = driverError(error)?.errno;
  return errno === 1213 || errno === 1205;
}

/** ER_DUP_ENTRY: the unique keys are how Dvorik makes retries and races idempotent. */
export function isDuplicateKeyError(error: unknown, keyName?: string): boolean {
  const err = driverError(error);
  if (err?.errno !== 1062) return false;
  return keyName === undefined || String((error as Error).message).includes(keyName);
}

export async function withDeadlockRetry<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      // Jittered backoff so the transactions that collided do not collide again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.random() * 20));
    }
  }
}

/** A login the server refused (wrong user or password, no such database, no grant): retrying cannot help. */
export function isPermanentConnectionError(error: unknown): boolean {
  const code = driverError(error)?.code;
  return (
    code === 'ER_ACCESS_DENIED_ERROR' || code === 'ER_BAD_DB_ERROR' || code === 'ER_DBACCESS_DENIED_ERROR'
  );
}
