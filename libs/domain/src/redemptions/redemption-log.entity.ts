import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type RedemptionAction = 'check' | 'redeem';
export type RedemptionChannel = 'bot' | 'pos' | 'api';
export type RedemptionResult =
  | 'success'
  | 'already_used'
  | 'not_found'
  | 'expired'
  | 'revoked'
  | 'cashier_not_active'
  | 'locked'
  | 'min_purchase'
  | 'not_subscribed'
  | 'qr_invalid'
  | 'qr_expired';
export const REDEMPTION_RESULTS: readonly RedemptionResult[] = [
  'success',
  'already_used',
  'not_found',
  'expired',
  'revoked',
  'cashier_not_active',
  'locked',
  'min_purchase',
  'not_subscribed',
  'qr_invalid',
  'qr_expired',
];

/**
 * Every check and every redemption attempt (DESIGN §2). `action = redeem, result = success,
 * rolled_back_at IS NULL` is a redemption — the shop's one number.
 */
@Entity('redemption_log')
export class RedemptionLogEntry {
  /** BIGINT arrives as a string; views turn it into a number (safe far beyond any shop's volume). */
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id!: string;

  @Column({ type: 'enum', enum: ['check', 'redeem'] })
  action!: RedemptionAction;

  @Column({ name: 'code_entered', type: 'varchar', length: 32 })
  codeEntered!: string;

  @Column({ name: 'discount_id', type: 'int', unsigned: true, nullable: true })
  discountId!: number | null;

  @Column({ name: 'client_id', type: 'int', unsigned: true, nullable: true })
  clientId!: number | null;

  @Column({ name: 'cashier_id', type: 'int', unsigned: true, nullable: true })
  cashierId!: number | null;

  @Column({ name: 'staff_id', type: 'int', unsigned: true, nullable: true })
  staffId!: number | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  store!: string | null;

  @Column({ type: 'enum', enum: ['bot', 'pos', 'api'] })
  channel!: RedemptionChannel;

  @Column({ type: 'enum', enum: REDEMPTION_RESULTS })
  result!: RedemptionResult;

  @Column({ type: 'varchar', length: 512 })
  message!: string;

  @Column({ name: 'purchase_amount', type: 'decimal', precision: 10, scale: 2, nullable: true })
  purchaseAmount!: string | null;

  @Column({ name: 'client_not_notified', type: 'boolean' })
  clientNotNotified!: boolean;

  /** A subscription code redeemed while Telegram could not say whether the client is still subscribed. */
  @Column({ name: 'subscription_unverified', type: 'boolean' })
  subscriptionUnverified!: boolean;

  @Column({ name: 'rolled_back_at', type: 'datetime', precision: 3, nullable: true })
  rolledBackAt!: Date | null;

  @Column({ name: 'rolled_back_by', type: 'int', unsigned: true, nullable: true })
  rolledBackBy!: number | null;

  @Column({ name: 'rollback_reason', type: 'varchar', length: 512, nullable: true })
  rollbackReason!: string | null;

  @Column({ name: 'is_test', type: 'boolean' })
  isTest!: boolean;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;
}
