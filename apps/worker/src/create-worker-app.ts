import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadEnv, quietStartup } from '@dvorik/config';
import { Logger } from 'nestjs-pino';
import { schedulesOff } from './schedule/schedules';
import { WorkerModule } from './worker.module';

/** The worker has no HTTP surface: queue consumers, the outbox relay and the schedules. */
export async function createWorkerApp(
  env?: Record<string, string | undefined>,
): Promise<INestApplicationContext> {
  // Refused before a connection opens or a loop starts: a failed init would leave them running.
  schedulesOff(loadEnv(env).SCHEDULES_OFF);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(quietStartup(app.get(Logger)));
  app.enableShutdownHooks();
  return app;
}
