import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { loadEnv } from './load-env';

@Global()
@Module({})
export class ConfigModule {
  /** `env` defaults to process.env; tests pass their own so that suites never share state. */
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useFactory: () => new AppConfig(loadEnv(env)) }],
      exports: [AppConfig],
    };
  }
}
