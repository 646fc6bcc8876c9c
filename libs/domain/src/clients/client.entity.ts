import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { displayName } from './rules/display-name.rule';

const bigintNumber = { to: (v: number) => v, from: (v: string | number) => Number(v) };

export type Gender = 'male' | 'female' | 'unknown';
export type ClientStatus = 'active' | 'blocked' | 'banned';

@Entity('clients')
export class Client {
  @PrimaryGeneratedColumn({ unsigned: true })
  id!: number;

  @Column({ name: 'telegram_id', type: 'bigint', transformer: bigintNumber })
  telegramId!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  username!: string | null;

  @Column({ name: 'first_name', type: 'varchar', length: 255, nullable: true })
  firstName!: string | null;

  @Column({ name: 'last_name', type: 'varchar', length: 255, nullable: true })
  lastName!: string | null;

  /** The client corrected their name in «Мой профиль»: Telegram's names no longer overwrite it. */
  @Column({ name: 'name_set_by_client', type: 'boolean' })
  nameSetByClient!: boolean;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Column({ type: 'enum', enum: ['male', 'female', 'unknown'] })
  gender!: Gender;

  /** `YYYY-MM-DD`; read as UTC so the date never shifts with the server's zone. */
  @Column({ type: 'date', nullable: true, utc: true })
  birthday!: string | null;

  @Column({ type: 'varchar', length: 64 })
  source!: string;

  @Column({ name: 'source_normalized', type: 'varchar', length: 64 })
  sourceNormalized!: string;

  @Column({ name: 'campaign_id', type: 'int', unsigned: true, nullable: true })
  campaignId!: number | null;

  @Column({ type: 'boolean' })
  subscribed!: boolean;

  @Column({ name: 'subscription_checked_at', type: 'datetime', precision: 3, nullable: true })
  subscriptionCheckedAt!: Date | null;

  @Column({ type: 'enum', enum: ['active', 'blocked', 'banned'] })
  status!: ClientStatus;

  @Column({ name: 'is_test', type: 'boolean' })
  isTest!: boolean;

  @Column({ name: 'language_code', type: 'varchar', length: 16, nullable: true })
  languageCode!: string | null;

  @Column({ name: 'last_activity_at', type: 'datetime', precision: 3 })
  lastActivityAt!: Date;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

@Entity('client_tags')
export class ClientTag {
  @PrimaryColumn({ name: 'client_id', type: 'int', unsigned: true })
  clientId!: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  tag!: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}

/** What leaves the capability. `phone` is present; the edges hide it from readonly staff. */
export interface ClientView extends Client {
  displayName: string;
  tags: string[];
}

export function toClientView(client: Client, tags: string[]): ClientView {
  return { ...client, displayName: displayName(client), tags: [...tags].sort() };
}
