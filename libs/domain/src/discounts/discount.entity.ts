import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DiscountEvent, DiscountUsage, DiscountValueType } from '../discount-templates';
import type { DiscountStatus } from './rules/redeemability.rule';

/** Why a code was issued; the same words as a template's event. */
export type DiscountOrigin = DiscountEvent;

/** One issued code. Value, cap and minimum purchase are copied from the template at issue. */
@Entity('discounts')
export class Discount {
  @PrimaryGeneratedColumn({ unsigned: true })
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ name: 'template_id', type: 'int', unsigned: true })
  templateId!: number;

  /** null for a shared code (one public code for everyone). */
  @Column({ name: 'client_id', type: 'int', unsigned: true, nullable: true })
  clientId!: number | null;

  @Column({ name: 'usage_type', type: 'enum', enum: ['single', 'shared'] })
  usage!: DiscountUsage;

  @Column({ name: 'value_type', type: 'enum', enum: ['percent', 'fixed'] })
  valueType!: DiscountValueType;

  @Column({ type: 'decimal', precision: 10, scale: 2 })
  value!: string;

  @Column({ name: 'min_purchase', type: 'decimal', precision: 10, scale: 2, nullable: true })
  minPurchase!: string | null;

  @Column({ type: 'enum', enum: ['active', 'redeemed', 'expired', 'revoked'] })
  status!: DiscountStatus;

  @Column({ name: 'issued_at', type: 'datetime', precision: 3 })
  issuedAt!: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3, nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'redeemed_at', type: 'datetime', precision: 3, nullable: true })
  redeemedAt!: Date | null;

  @Column({ name: 'redeemed_by_cashier_id', type: 'int', unsigned: true, nullable: true })
  redeemedByCashierId!: number | null;

  /** Staff id, or null when the system issued it (subscription, birthday job). */
  @Column({ name: 'issued_by', type: 'int', unsigned: true, nullable: true })
  issuedBy!: number | null;

  @Column({
    name: 'issue_origin',
    type: 'enum',
    enum: ['subscription', 'birthday', 'manual', 'campaign', 'promo'],
  })
  origin!: DiscountOrigin;

  @Column({ name: 'issue_reason', type: 'varchar', length: 255, nullable: true })
  reason!: string | null;

  @Column({ name: 'issue_key', type: 'varchar', length: 191 })
  issueKey!: string;

  @Column({ name: 'redemption_count', type: 'int', unsigned: true })
  redemptionCount!: number;

  @Column({ name: 'redemption_cap', type: 'int', unsigned: true, nullable: true })
  redemptionCap!: number | null;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'int', unsigned: true, nullable: true })
  revokedBy!: number | null;

  @Column({ name: 'is_test', type: 'boolean' })
  isTest!: boolean;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
