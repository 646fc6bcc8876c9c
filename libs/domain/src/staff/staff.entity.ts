import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationGroup, StaffRole } from './staff-role';

const bigintNumber = { to: (v: number) => v, from: (v: string | number) => Number(v) };

@Entity('staff')
export class Staff {
  @PrimaryGeneratedColumn({ unsigned: true })
  id!: number;

  @Column({ name: 'telegram_id', type: 'bigint', transformer: bigintNumber })
  telegramId!: number;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  email!: string | null;

  @Column({ type: 'enum', enum: StaffRole })
  role!: StaffRole;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ name: 'can_broadcast_from_chat', type: 'boolean' })
  canBroadcastFromChat!: boolean;

  @Column({ name: 'notification_groups', type: 'json' })
  notificationGroups!: NotificationGroup[];

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

/** What leaves the capability: never the password hash. */
export interface StaffView {
  id: number;
  telegramId: number;
  name: string;
  email: string | null;
  role: StaffRole;
  active: boolean;
  canBroadcastFromChat: boolean;
  notificationGroups: NotificationGroup[];
  hasPassword: boolean;
  createdAt: Date;
}

export function toStaffView(staff: Staff, hasPassword = false): StaffView {
  return {
    id: staff.id,
    telegramId: staff.telegramId,
    name: staff.name,
    email: staff.email,
    role: staff.role,
    active: staff.active,
    canBroadcastFromChat: staff.canBroadcastFromChat,
    notificationGroups: staff.notificationGroups,
    hasPassword,
    createdAt: staff.createdAt,
  };
}
