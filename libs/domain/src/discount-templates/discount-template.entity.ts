import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DiscountValueType } from './rules/discount-value.rule';
import type { RecurrenceJson } from './rules/recurrence.rule';

/** What a template is for; a discount's origin uses the same words. */
export type DiscountEvent = 'subscription' | 'birthday' | 'manual' | 'campaign' | 'promo';
export const DISCOUNT_EVENTS: readonly DiscountEvent[] = [
  'subscription',
  'birthday',
  'manual',
  'campaign',
  'promo',
];
export type DiscountUsage = 'single' | 'shared';

@Entity('discount_templates')
export class DiscountTemplate {
  @PrimaryGeneratedColumn({ unsigned: true })
  id!: number;

  @Column({ type: 'varchar', length: 128 })
  name!: string;

  @Column({ type: 'enum', enum: DISCOUNT_EVENTS })
  event!: DiscountEvent;

  @Column({ name: 'value_type', type: 'enum', enum: ['percent', 'fixed'] })
  valueType!: DiscountValueType;

  /** DECIMAL(10,2) arrives as a string ("150.00"); views turn it into a number. */
  @Column({ type: 'decimal', precision: 10, scale: 2 })
  value!: string;

  @Column({ name: 'validity_days', type: 'int', unsigned: true, nullable: true })
  validityDays!: number | null;

  @Column({ name: 'usage_type', type: 'enum', enum: ['single', 'shared'] })
  usage!: DiscountUsage;

  @Column({ name: 'shared_code', type: 'varchar', length: 32, nullable: true })
  sharedCode!: string | null;

  @Column({ name: 'redemption_cap', type: 'int', unsigned: true, nullable: true })
  redemptionCap!: number | null;

  @Column({ type: 'json' })
  recurrence!: RecurrenceJson;

  @Column({ name: 'reminder_days', type: 'json' })
  reminderDays!: number[];

  @Column({ name: 'min_purchase', type: 'decimal', precision: 10, scale: 2, nullable: true })
  minPurchase!: string | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ name: 'seed_key', type: 'varchar', length: 32, nullable: true, select: false })
  seedKey?: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

export interface DiscountTemplateView {
  id: number;
  name: string;
  event: DiscountEvent;
  valueType: DiscountValueType;
  value: number;
  validityDays: number | null;
  usage: DiscountUsage;
  sharedCode: string | null;
  redemptionCap: number | null;
  recurrence: RecurrenceJson;
  reminderDays: number[];
  minPurchase: number | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function toDiscountTemplateView(t: DiscountTemplate): DiscountTemplateView {
  return {
    id: t.id,
    name: t.name,
    event: t.event,
    valueType: t.valueType,
    value: Number(t.value),
    validityDays: t.validityDays,
    usage: t.usage,
    sharedCode: t.sharedCode,
    redemptionCap: t.redemptionCap,
    recurrence: t.recurrence,
    reminderDays: t.reminderDays,
    minPurchase: t.minPurchase === null ? null : Number(t.minPurchase),
    active: t.active,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}
