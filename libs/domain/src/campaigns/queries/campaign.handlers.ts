import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { UnitOfWork } from '@dvorik/persistence';
import { DateTime } from 'luxon';
import QRCode from 'qrcode';
import { BotUsernameService } from '../bot-username.service';
import { Campaign } from '../campaign.entity';
import { CampaignFunnelReader } from '../campaign-funnel.reader';
import { CampaignError } from '../campaigns.errors';
import { CampaignsRepository } from '../campaigns.repository';
import { CAMPAIGN_PAYLOAD_PREFIX, campaignLink } from '../rules/campaign-link.rule';
import {
  type CampaignView,
  GetCampaignQrQuery,
  GetCampaignQuery,
  GetCampaignStatsQuery,
  ListCampaignsQuery,
} from './campaign.queries';

/** Sharp on a screen and on an A4 poster; SVG is the format for anything larger. */
const PNG_WIDTH = 600;

async function view(campaign: Campaign, usernames: BotUsernameService): Promise<CampaignView> {
  const bot = await usernames.clientBot();
  const startPayload = `${CAMPAIGN_PAYLOAD_PREFIX}${campaign.sourceKey}`;
  return { ...campaign, startPayload, link: bot ? campaignLink(bot, campaign.sourceKey) : null };
}

@QueryHandler(ListCampaignsQuery)
export class ListCampaignsHandler implements IQueryHandler<ListCampaignsQuery> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly usernames: BotUsernameService,
    private readonly funnel: CampaignFunnelReader,
  ) {}

  async execute({ page, perPage }: ListCampaignsQuery) {
    const [rows, total] = await this.uow.manager
      .createQueryBuilder(Campaign, 'k')
      .orderBy('k.id', 'DESC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
    const funnels = new Map((await this.funnel.funnels(rows.map((r) => r.id))).map((f) => [f.campaignId, f]));
    const items = await Promise.all(
      rows.map(async (r) => ({
        ...(await view(r, this.usernames)),
        registrations: funnels.get(r.id)?.registrations ?? 0,
      })),
    );
    return { items, total, page, perPage };
  }
}

@QueryHandler(GetCampaignQuery)
export class GetCampaignHandler implements IQueryHandler<GetCampaignQuery> {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly usernames: BotUsernameService,
  ) {}

  async execute({ id }: GetCampaignQuery) {
    const campaign = await this.campaigns.findById(id);
    if (!campaign) throw CampaignError.notFound(id);
    return view(campaign, this.usernames);
  }
}

@QueryHandler(GetCampaignQrQuery)
export class GetCampaignQrHandler implements IQueryHandler<GetCampaignQrQuery> {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly usernames: BotUsernameService,
  ) {}

  async execute({ id, format }: GetCampaignQrQuery) {
    const campaign = await this.campaigns.findById(id);
    if (!campaign) throw CampaignError.notFound(id);
    const { link } = await view(campaign, this.usernames);
    if (!link) throw CampaignError.linkUnavailable('the client bot is not configured or not reachable');
    // Error correction M and a 4-module quiet zone: scannable from a photo of a poster.
    const options = { errorCorrectionLevel: 'M' as const, margin: 4 };
    const filename = `campaign-${campaign.sourceKey}.${format}`;
    if (format === 'svg') {
      const svg = await QRCode.toString(link, { ...options, type: 'svg' });
      return { contentType: 'image/svg+xml', filename, body: Buffer.from(svg) };
    }
    return {
      contentType: 'image/png',
      filename,
      body: await QRCode.toBuffer(link, { ...options, width: PNG_WIDTH }),
    };
  }
}

@QueryHandler(GetCampaignStatsQuery)
export class GetCampaignStatsHandler implements IQueryHandler<GetCampaignStatsQuery> {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly usernames: BotUsernameService,
    private readonly funnel: CampaignFunnelReader,
    private readonly config: AppConfig,
  ) {}

  async execute({ id, range }: GetCampaignStatsQuery) {
    const campaign = await this.campaigns.findById(id);
    if (!campaign) throw CampaignError.notFound(id);
    const day = (d: string, plus = 0) =>
      DateTime.fromISO(d, { zone: this.config.timeZone }).plus({ days: plus }).toJSDate();
    const [funnel] = await this.funnel.funnels([id], {
      fromDay: range.from,
      toDay: range.to,
      from: range.from ? day(range.from) : undefined,
      to: range.to ? day(range.to, 1) : undefined,
      isTest: range.isTest,
    });
    return { ...funnel, campaign: await view(campaign, this.usernames), range };
  }
}
