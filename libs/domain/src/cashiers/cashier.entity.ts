import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const bigintNumber = { to: (v: number) => v, from: (v: string | number) => Number(v) };

export type CashierStatus = 'pending' | 'active' | 'rejected' | 'blocked';
export const CASHIER_STATUSES: readonly CashierStatus[] = ['pending', 'active', 'rejected', 'blocked'];

@Entity('cashiers')
export class Cashier {
  @PrimaryGeneratedColumn({ unsigned: true })
  id!: number;

  @Column({ name: 'telegram_id', type: 'bigint', transformer: bigintNumber })
  telegramId!: number;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  username!: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  store!: string | null;

  @Column({ type: 'enum', enum: CASHIER_STATUSES })
  status!: CashierStatus;

  @Column({ name: 'is_test', type: 'boolean' })
  isTest!: boolean;

  @Column({ name: 'approved_by', type: 'int', unsigned: true, nullable: true })
  approvedBy!: number | null;

  @Column({ name: 'approved_at', type: 'datetime', precision: 3, nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

/** Nothing secret on a cashier: the view is the row. */
export type CashierView = Cashier;
