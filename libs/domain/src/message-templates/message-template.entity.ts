import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('message_templates')
export class MessageTemplate {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'int', unsigned: true, nullable: true })
  updatedBy!: number | null;
}

export interface MessageTemplateView {
  key: string;
  body: string;
  defaultBody: string;
  isDefault: boolean;
  updatedAt: Date | null;
}
