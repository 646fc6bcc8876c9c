import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, inNetworks, parseNetworkList, quietStartup } from '@dvorik/config';
import { Logger } from 'nestjs-pino';
import { defaultAdminDistDir, serveAdminPanel } from './admin-panel/serve-admin-panel';
import { ApiModule } from './api.module';
import { HttpErrorFilter } from './platform/http-error.filter';
import { applySecurityHeaders } from './platform/security-headers';
import { setupSwagger } from './platform/swagger';
import { createValidationPipe } from './platform/validation';

/** The API exactly as production runs it; main.ts listens, tests call this with their env. */
export async function createApiApp(
  env?: Record<string, string | undefined>,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(env), {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  const config = app.get(AppConfig);
  app.useLogger(quietStartup(app.get(Logger)));
  app.useBodyParser('json', { limit: config.env.HTTP_BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.env.HTTP_BODY_LIMIT, extended: false });
  // req.ip (audit, throttling, locks, /metrics) believes X-Forwarded-For only from TRUSTED_PROXIES:
  // trusting whole private ranges would let anyone on the shop's network pick an address.
  const trusted = parseNetworkList(config.env.TRUSTED_PROXIES);
  app.set('trust proxy', (address: string) => inNetworks(trusted, address));
  applySecurityHeaders(app);
  app.setGlobalPrefix('api/v1', {
    exclude: [
      'health',
      'health/ready',
      'metrics',
      'admin/queues',
      'admin/queues/{*path}',
      // The cashier's Mini App page (its data is under /api/v1/till).
      'tg/till',
      'tg/till/{*path}',
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  setupSwagger(app);
  serveAdminPanel(app, config.env.ADMIN_DIST_DIR ?? defaultAdminDistDir());
  app.enableShutdownHooks();
  return app;
}
