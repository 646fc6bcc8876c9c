import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A referral link `t.me/<bot>?start=ref_<source_key>`; its CRUD and stats come with administration. */
@Entity('campaigns')
export class Campaign {
  @PrimaryGeneratedColumn({ unsigned: true })
  id!: number;

  @Column({ type: 'varchar', length: 128 })
  name!: string;

  @Column({ name: 'source_key', type: 'varchar', length: 64 })
  sourceKey!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
