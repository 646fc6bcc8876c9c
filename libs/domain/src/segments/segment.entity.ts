import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ClientFilter } from '../clients';

/** A saved filter (DESIGN §2): an audience for lists, bulk actions, exports and broadcasts. */
@Entity('segments')
export class Segment {
  @PrimaryGeneratedColumn({ unsigned: true })
  id!: number;

  @Column({ type: 'varchar', length: 128 })
  name!: string;

  @Column({ type: 'varchar', length: 512, nullable: true })
  description!: string | null;

  @Column({ type: 'json' })
  filter!: ClientFilter;

  /** `subscribed`, `not_subscribed`, `vip`, `no_active_discount` for the seeded presets. */
  @Column({ name: 'preset_key', type: 'varchar', length: 32, nullable: true })
  presetKey!: string | null;

  @Column({ name: 'created_by', type: 'int', unsigned: true, nullable: true })
  createdBy!: number | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

export type SegmentView = Segment;
