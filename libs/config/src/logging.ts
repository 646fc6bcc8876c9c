import type { LoggerService } from '@nestjs/common';
import type { Env } from './env.schema';

/**
 * Nest's own start-up chatter — a line per module, controller and route, about 300 lines per
 * start — is debug, not info: at info an app's start is a handful of lines.
 */
const STARTUP_NOISE = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

export function quietStartup(logger: LoggerService): LoggerService {
  const demoted = (params: unknown[]): boolean => STARTUP_NOISE.has(String(params.at(-1)));
  return {
    log: (message, ...params) =>
      demoted(params) ? logger.debug?.(message, ...params) : logger.log(message, ...params),
    error: (message, ...params) => logger.error(message, ...params),
    warn: (message, ...params) => logger.warn(message, ...params),
    debug: (message, ...params) => logger.debug?.(message, ...params),
    verbose: (message, ...params) => logger.verbose?.(message, ...params),
    fatal: (message, ...params) => logger.fatal?.(message, ...params),
  };
}

/**
 * Development logs are one readable line per event (pino-pretty, a devDependency); production
 * and tests stay JSON. Without pino-pretty installed (a production install) it is JSON too.
 */
export function logTransport(env: Pick<Env, 'NODE_ENV'>): { target: string; options: object } | undefined {
  if (env.NODE_ENV !== 'development') return undefined;
  try {
    require.resolve('pino-pretty');
  } catch {
    return undefined;
  }
  return {
    target: 'pino-pretty',
    options: {
      singleLine: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,context,req,res,responseTime,reqId',
      messageFormat: '{if context}[{context}] {end}{msg}',
    },
  };
}
