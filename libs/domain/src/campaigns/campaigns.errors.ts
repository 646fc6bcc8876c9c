import { DomainError } from '../shared';

export enum CampaignErrorCode {
  NotFound = 'CAMPAIGN_NOT_FOUND',
  Invalid = 'CAMPAIGN_INVALID',
  SourceKeyTaken = 'CAMPAIGN_SOURCE_KEY_TAKEN',
  InUse = 'CAMPAIGN_IN_USE',
  LinkUnavailable = 'CAMPAIGN_LINK_UNAVAILABLE',
}

export class CampaignError extends DomainError<CampaignErrorCode> {
  static notFound(id: number) {
    return new CampaignError(CampaignErrorCode.NotFound, 'Campaign not found', { id });
  }
  static invalid(fields: Record<string, string[]>) {
    return new CampaignError(
      CampaignErrorCode.Invalid,
      `Invalid campaign: ${Object.keys(fields).join(', ')}`,
      {
        fields,
      },
    );
  }
  static sourceKeyTaken(sourceKey: string) {
    return new CampaignError(CampaignErrorCode.SourceKeyTaken, 'Another campaign uses this source key', {
      sourceKey,
    });
  }
  /** Printed posters carry the key: it cannot change or vanish once clients came through it. */
  static inUse(id: number, clients: number) {
    const message = 'Clients came through this campaign: its key cannot change and it cannot be deleted';
    return new CampaignError(CampaignErrorCode.InUse, message, { id, clients });
  }
  static linkUnavailable(reason: string) {
    return new CampaignError(CampaignErrorCode.LinkUnavailable, `No client bot link: ${reason}`, { reason });
  }

  private constructor(code: CampaignErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
