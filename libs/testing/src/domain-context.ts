import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConfigModule } from '@dvorik/config';
import { DomainModule } from '@dvorik/domain';
import { MessagingModule } from '@dvorik/messaging';
import { PersistenceModule } from '@dvorik/persistence';
import { TelegramModule } from '@dvorik/telegram';

/** The domain core alone (no edges): what integration specs drive through the buses. */
export async function createDomainContext(
  env: Record<string, string | undefined>,
): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(env), PersistenceModule, MessagingModule, TelegramModule, DomainModule],
  }).compile();
  return moduleRef.init();
}
