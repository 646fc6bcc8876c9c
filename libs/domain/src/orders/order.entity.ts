import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OrderStatus = 'draft' | 'submitted' | 'done' | 'cancelled';

/** A placeholder for online ordering (DESIGN §2 Orders): a VIP's «Оформить заказ» makes a draft. */
@Entity('orders')
export class Order {
  @PrimaryGeneratedColumn({ unsigned: true })
  id!: number;

  @Column({ name: 'client_id', type: 'int', unsigned: true })
  clientId!: number;

  @Column({ type: 'enum', enum: ['draft', 'submitted', 'done', 'cancelled'] })
  status!: OrderStatus;

  @Column({ name: 'is_test', type: 'boolean' })
  isTest!: boolean;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
