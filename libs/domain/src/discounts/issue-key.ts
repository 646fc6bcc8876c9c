import { randomUUID } from 'node:crypto';
import { shopYear } from '../shared';
import type { DiscountOrigin } from './discount.entity';

export interface IssueKeyInput {
  origin: DiscountOrigin;
  clientId: number;
  templateId: number;
  /** The recurrence rule's period of `now` (`once`, `2026-02`, `2026`, a date, `unlimited`). */
  periodKey: string;
  now: Date;
  timeZone: string;
  requestId?: string | null;
}

/**
 * The unique key that makes issuing idempotent (DESIGN §2): `subscription:{client}:{period}`,
 * `birthday:{client}:{year}`, `manual:{request id}`. An `unlimited` period is no period at
 * all, so only the request id can collapse retries there.
 */
export function issueKey({
  origin,
  clientId,
  templateId,
  periodKey,
  now,
  timeZone,
  requestId,
}: IssueKeyInput): string {
  const request = requestId ?? randomUUID();
  const period = periodKey === 'unlimited' ? `unlimited:${request}` : periodKey;
  switch (origin) {
    case 'subscription':
      return `subscription:${clientId}:${period}`;
    case 'birthday':
      return `birthday:${clientId}:${shopYear(now, timeZone)}`;
    case 'manual':
      return `manual:${request}`;
    case 'campaign':
    case 'promo':
      return `${origin}:${templateId}:${clientId}:${period}`;
  }
}
