import type { LoggerService } from '@nestjs/common';
import { logTransport, quietStartup } from './logging';

function recorder() {
  const lines: string[] = [];
  const logger: LoggerService = {
    log: (message: string, context?: string) => void lines.push(`info ${context} ${message}`),
    debug: (message: string, context?: string) => void lines.push(`debug ${context} ${message}`),
    error: () => undefined,
    warn: (message: string, context?: string) => void lines.push(`warn ${context} ${message}`),
  };
  return { lines, logger: quietStartup(logger) };
}

describe('development logs', () => {
  it("demotes Nest's per-module and per-route start-up lines to debug, keeps the rest", () => {
    const { lines, logger } = recorder();
    logger.log('ConfigModule dependencies initialized', 'InstanceLoader');
    logger.log('Mapped {/health, GET} route', 'RouterExplorer');
    logger.log('HealthController {/health}:', 'RoutesResolver');
    logger.log('Nest application successfully started', 'NestApplication');
    logger.warn('STAFF_BOT_TOKEN is not set', 'Bots');
    expect(lines).toEqual([
      'debug InstanceLoader ConfigModule dependencies initialized',
      'debug RouterExplorer Mapped {/health, GET} route',
      'debug RoutesResolver HealthController {/health}:',
      'info NestApplication Nest application successfully started',
      'warn Bots STAFF_BOT_TOKEN is not set',
    ]);
  });

  it('is one pretty line per event in development only; JSON in production and tests', () => {
    expect(logTransport({ NODE_ENV: 'development' })).toMatchObject({
      target: 'pino-pretty',
      options: { singleLine: true },
    });
    expect(logTransport({ NODE_ENV: 'production' })).toBeUndefined();
    expect(logTransport({ NODE_ENV: 'test' })).toBeUndefined();
  });
});
