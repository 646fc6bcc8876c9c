import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { quietStartup } from '@dvorik/config';
import { Logger } from 'nestjs-pino';
import { BotsModule } from './bots.module';

/** The bots app: polling in development, webhook routes on BOTS_PORT in production. */
export async function createBotsApp(
  env?: Record<string, string | undefined>,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(BotsModule.forRoot(env), {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  app.useLogger(quietStartup(app.get(Logger)));
  app.useBodyParser('json', { limit: '1mb' });
  app.enableShutdownHooks();
  return app;
}
