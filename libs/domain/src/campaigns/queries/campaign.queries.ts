import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { Campaign } from '../campaign.entity';
import type { CampaignFunnel } from '../campaign-funnel.reader';

export interface CampaignView extends Campaign {
  /** `ref_<key>`, what the link carries. */
  startPayload: string;
  /** `https://t.me/<client bot>?start=ref_<key>`; null while the client bot is not reachable. */
  link: string | null;
}

export class ListCampaignsQuery extends Query<Page<CampaignView & { registrations: number }>> {
  constructor(
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}

export class GetCampaignQuery extends Query<CampaignView> {
  constructor(readonly id: number) {
    super();
  }
}

/** A printable QR code of the link: PNG (600 px) or SVG (print shops scale it). */
export class GetCampaignQrQuery extends Query<{ contentType: string; filename: string; body: Buffer }> {
  constructor(
    readonly id: number,
    readonly format: 'png' | 'svg',
  ) {
    super();
  }
}

export interface StatsRange {
  /** Shop-local days `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
  isTest?: boolean;
}

/** One campaign's funnel; codes are those of the clients it registered in the range. */
export class GetCampaignStatsQuery extends Query<
  CampaignFunnel & { campaign: CampaignView; range: StatsRange }
> {
  constructor(
    readonly id: number,
    readonly range: StatsRange = {},
  ) {
    super();
  }
}
