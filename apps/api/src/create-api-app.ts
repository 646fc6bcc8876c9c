import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, inNetworks, loadEnv, parseNetworkList, quietStartup } from '@dvorik/config';
import { Logger, PARAMS_PROVIDER_TOKEN, type Params } from 'nestjs-pino';
import { defaultAdminDistDir, serveAdminPanel } from './admin-panel/serve-admin-panel';
import { ApiModule } from './api.module';
import { recordHttpMetrics } from './metrics/metrics.providers';
import { registerMultipart } from './platform/multipart';
import { redactPhonesInAnswers } from './platform/phone-redaction';
import { logRequests } from './platform/request-logging';
import { HttpErrorFilter } from './platform/http-error.filter';
import { jsonBodyParser, parseByteSize, urlencodedBodyParser } from './platform/body-parsers';
import { applySecurityHeaders } from './platform/security-headers';
import { setupSwagger } from './platform/swagger';
import { createValidationPipe } from './platform/validation';

/**
 * The API exactly as production runs it, on Fastify (README «Performance»: the till's redeem is
 * the hot path); main.ts listens, tests call this with their env.
 */
export async function createApiApp(
  env?: Record<string, string | undefined>,
): Promise<NestFastifyApplication> {
  // Read before the app exists: Fastify takes the proxy policy and the body limit at creation.
  const settings = loadEnv(env);
  // request.ip (audit, throttling, locks, /metrics) believes X-Forwarded-For only from
  // TRUSTED_PROXIES: trusting whole private ranges would let anyone on the shop's network pick
  // an address.
  const trusted = parseNetworkList(settings.TRUSTED_PROXIES);
  const bodyLimit = parseByteSize(settings.HTTP_BODY_LIMIT);
  const adapter = new FastifyAdapter({
    trustProxy: (address: string) => inNetworks(trusted, address),
    bodyLimit,
    // /api/v1/clients/ is /api/v1/clients, as it was on Express.
    routerOptions: { ignoreTrailingSlash: true },
    // Request logs are pino-http's (platform/request-logging.ts), in the same shape as the other apps.
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(env), adapter, {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  const config = app.get(AppConfig);
  app.useLogger(quietStartup(app.get(Logger)));
  app.useBodyParser('application/json', { bodyLimit }, jsonBodyParser);
  app.useBodyParser('application/x-www-form-urlencoded', { bodyLimit }, urlencodedBodyParser);
  // Logging, headers, metrics and the phone policy (platform/phone-redaction.ts) are root Fastify
  // hooks rather than Nest middleware or interceptors: they cover every answer (404s, the panel,
  // Bull Board) and, with no Nest middleware at all, @fastify/middie (which Nest registers anyway)
  // passes each request straight through.
  const fastify = app.getHttpAdapter().getInstance();
  logRequests(fastify, app.get<Params>(PARAMS_PROVIDER_TOKEN));
  applySecurityHeaders(fastify);
  recordHttpMetrics(fastify);
  redactPhonesInAnswers(fastify);
  await registerMultipart(fastify);
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
  await serveAdminPanel(fastify, config.env.ADMIN_DIST_DIR ?? defaultAdminDistDir());
  app.enableShutdownHooks();
  return app;
}
