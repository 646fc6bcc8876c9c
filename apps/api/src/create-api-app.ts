import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, quietStartup } from '@dvorik/config';
import { Logger } from 'nestjs-pino';
import { defaultAdminDistDir, serveAdminPanel } from './admin-panel/serve-admin-panel';
import { ApiModule } from './api.module';
import { HttpErrorFilter } from './platform/http-error.filter';
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
  // Behind a load balancer on a private network, req.ip must be the client's, for audit and throttling.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.setGlobalPrefix('api/v1', {
    exclude: ['health', 'health/ready', 'metrics', 'admin/queues', 'admin/queues/{*path}'],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  setupSwagger(app);
  serveAdminPanel(app, config.env.ADMIN_DIST_DIR ?? defaultAdminDistDir());
  app.enableShutdownHooks();
  return app;
}
