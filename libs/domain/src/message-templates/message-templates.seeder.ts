import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { MESSAGE_TEMPLATE_DEFAULTS } from './message-template.defaults';

/** `cli seed`: inserts the Russian defaults; a text an owner already edited is never overwritten. */
@Injectable()
export class MessageTemplatesSeeder {
  constructor(private readonly uow: UnitOfWork) {}

  async seed(): Promise<void> {
    const now = new Date();
    const entries = Object.entries(MESSAGE_TEMPLATE_DEFAULTS);
    await this.uow.query(
      `INSERT IGNORE INTO message_templates (\`key\`, body, updated_at, updated_by) VALUES ${entries.map(() => '(?, ?, ?, NULL)').join(', ')}`,
      entries.flatMap(([key, body]) => [key, body, now]),
    );
  }
}
