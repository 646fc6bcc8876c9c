import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { AppConfig, type BotIdentity, ConfigModule, loadEnv, logTransport } from '@dvorik/config';
import { DomainModule } from '@dvorik/domain';
import { MessagingModule } from '@dvorik/messaging';
import { PersistenceModule } from '@dvorik/persistence';
import { pinoBotTokenRedaction, TelegramGateway, TelegramModule } from '@dvorik/telegram';
import { LoggerModule } from 'nestjs-pino';
import { TelegrafModule } from 'nestjs-telegraf';
import { ClientBotModule } from './client/client-bot.module';
import { ClientIdentity } from './client/client-identity';

import { botIdentityMiddleware } from './runtime/bot-context';
import { BotErrorBoundary } from './runtime/bot-errors.middleware';
import { BotsLifecycle } from './runtime/bots-lifecycle';
import { BotRuntimeModule } from './runtime/bot-runtime.module';
import { UpdateDeduplicator } from './runtime/update-deduplicator';
import { WebhookController } from './runtime/webhook.controller';
import { StaffBotModule } from './staff/staff-bot.module';

const TOKEN_VARIABLE: Record<string, string> = {
  client: 'CLIENT_BOT_TOKEN',
  staff: 'STAFF_BOT_TOKEN',
  'client-test': 'CLIENT_TEST_BOT_TOKEN',
  'staff-test': 'STAFF_TEST_BOT_TOKEN',
};

function botModule(identity: BotIdentity): DynamicModule {
  return TelegrafModule.forRootAsync({
    botName: identity.name,
    imports: [BotRuntimeModule, ClientBotModule],
    inject: [TelegramGateway, BotErrorBoundary, UpdateDeduplicator, ClientIdentity],
    useFactory: (
      gateway: TelegramGateway,
      boundary: BotErrorBoundary,
      dedupe: UpdateDeduplicator,
      clients: ClientIdentity,
    ) => ({
      token: identity.token,
      options: { telegram: gateway.telegrafOptions(), handlerTimeout: 30_000 },
      // Never launched here: nestjs-telegraf would start polling while the handlers are not yet
      // registered, and the first updates would pass through to no handler (BotsLifecycle).
      launchOptions: false,
      include: [identity.kind === 'client' ? ClientBotModule : StaffBotModule],
      middlewares: [
        boundary.middleware(identity.name),
        dedupe.middleware(identity.name),
        botIdentityMiddleware(identity),
        // Every client update refreshes the client's names and last activity (DESIGN §2).
        ...(identity.kind === 'client' ? [clients.middleware()] : []),
      ],
    }),
  });
}

@Module({})
export class BotsModule {
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    // Which bots exist decides which modules exist, so configuration is read before composition.
    const config = new AppConfig(loadEnv(env));
    const logger = new Logger('Bots');
    for (const name of ['client', 'staff', 'client-test', 'staff-test']) {
      if (!config.bot(name) && !name.endsWith('-test'))
        logger.warn(`${TOKEN_VARIABLE[name]} is not set: the ${name} bot is not started`);
    }
    return {
      module: BotsModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (c: AppConfig) => ({
            pinoHttp: { level: c.env.LOG_LEVEL, transport: logTransport(c.env), ...pinoBotTokenRedaction },
          }),
        }),
        PersistenceModule,
        MessagingModule,
        TelegramModule,
        DomainModule,
        BotRuntimeModule,
        ClientBotModule,
        StaffBotModule,
        ...config.bots.map((identity) => botModule(identity)),
      ],
      controllers: [WebhookController],
      providers: [BotsLifecycle],
    };
  }
}
