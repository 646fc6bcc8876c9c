import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { AppConfig } from '@dvorik/config';
import { RedisService, withDeadline } from '@dvorik/persistence';
import { Public } from '../auth/access.decorators';
import { Readiness } from './readiness';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisService,
    private readonly readiness: Readiness,
    private readonly config: AppConfig,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @Public()
  live() {
    return { status: 'ok' };
  }

  /**
   * Readiness: not shutting down, and MySQL and Redis answer within READY_TIMEOUT_MS; a 503
   * takes the replica out of the load balancer.
   */
  @Get('ready')
  @Public()
  @HealthCheck()
  ready() {
    const timeout = this.config.env.READY_TIMEOUT_MS;
    return this.health.check([
      () => {
        const shutdown = this.indicators.check('shutdown');
        return this.readiness.shuttingDown ? shutdown.down({ message: 'shutting down' }) : shutdown.up();
      },
      () => this.db.pingCheck('mysql', { timeout }),
      async () => {
        const redis = this.indicators.check('redis');
        try {
          await withDeadline(this.redis.client.ping(), timeout, 'Redis PING');
          return redis.up();
        } catch (error) {
          return redis.down({ message: error instanceof Error ? error.message : String(error) });
        }
      },
    ]);
  }
}
