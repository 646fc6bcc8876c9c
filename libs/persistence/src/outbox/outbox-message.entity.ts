import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EventEnvelope } from './domain-event';

@Entity('outbox')
export class OutboxMessage {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  type!: string;

  @Column({ type: 'json' })
  envelope!: EventEnvelope;

  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  occurredAt!: Date;

  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true })
  publishedAt!: Date | null;
}
