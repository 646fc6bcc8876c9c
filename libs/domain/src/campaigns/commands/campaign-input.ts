import { isDuplicateKeyError } from '@dvorik/persistence';
import type { Campaign } from '../campaign.entity';
import { CampaignError } from '../campaigns.errors';
import { sourceKeyErrors } from '../rules/campaign-link.rule';

export interface CampaignInput {
  name: string;
  /** `[A-Za-z0-9_-]`, ≤ 60 so that `ref_<key>` fits Telegram's 64-character payload. */
  sourceKey: string;
}

/** What the audit events record of a campaign. */
export const campaignSnapshot = (c: Campaign) => ({ name: c.name, sourceKey: c.sourceKey });

/** The fields given, trimmed and checked; CAMPAIGN_INVALID names the wrong ones. */
export function validateCampaignInput(input: Partial<CampaignInput>): Partial<CampaignInput> {
  const fields: Record<string, string[]> = {};
  const name = input.name?.trim();
  if (name !== undefined && (name.length < 1 || name.length > 128)) fields.name = ['1–128 characters'];
  const keyErrors = input.sourceKey === undefined ? [] : sourceKeyErrors(input.sourceKey);
  if (keyErrors.length) fields.sourceKey = keyErrors;
  if (Object.keys(fields).length) throw CampaignError.invalid(fields);
  return {
    ...(name !== undefined && { name }),
    ...(input.sourceKey !== undefined && { sourceKey: input.sourceKey }),
  };
}

/** The unique key's violation as CAMPAIGN_SOURCE_KEY_TAKEN; any other error as it is. */
export const sourceKeyTakenOr = (error: unknown, key: string | undefined) =>
  isDuplicateKeyError(error, 'uq_campaigns_source_key') ? CampaignError.sourceKeyTaken(key ?? '') : error;
