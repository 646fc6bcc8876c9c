import { Injectable } from '@nestjs/common';
import { CacheInvalidationBus, UnitOfWork } from '@dvorik/persistence';
import { MessageTemplate } from './message-template.entity';
import { MESSAGE_TEMPLATE_DEFAULTS, type MessageTemplateKey } from './message-template.defaults';

/** A backstop only: saves reach every process at once through CacheInvalidationBus. */
const CACHE_MS = 60_000;
export const MESSAGE_TEMPLATES_CACHE_TOPIC = 'message-templates';

/**
 * Template bodies, cached in-process like settings: the bots render one on nearly every
 * update. A save anywhere drops every process's copy at once (Redis pub/sub).
 */
@Injectable()
export class MessageTemplatesStore {
  private cached: { bodies: Map<string, MessageTemplate>; until: number } | null = null;

  constructor(
    private readonly uow: UnitOfWork,
    bus: CacheInvalidationBus,
  ) {
    bus.on(MESSAGE_TEMPLATES_CACHE_TOPIC, () => this.invalidate());
  }

  async rows(fresh = false): Promise<Map<string, MessageTemplate>> {
    if (!fresh && this.cached && this.cached.until > Date.now()) return this.cached.bodies;
    const rows = await this.uow.manager.find(MessageTemplate);
    const bodies = new Map(rows.map((row) => [row.key, row]));
    this.cached = { bodies, until: Date.now() + CACHE_MS };
    return bodies;
  }

  async body(key: MessageTemplateKey): Promise<string> {
    return (await this.rows()).get(key)?.body ?? MESSAGE_TEMPLATE_DEFAULTS[key];
  }

  async save(key: MessageTemplateKey, body: string, staffId: number | null): Promise<void> {
    await this.uow.query(
      'INSERT INTO message_templates (`key`, body, updated_at, updated_by) VALUES (?, ?, ?, ?) ' +
        'ON DUPLICATE KEY UPDATE body = VALUES(body), updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)',
      [key, body, new Date(), staffId],
    );
  }

  invalidate(): void {
    this.cached = null;
  }
}
