import { Injectable } from '@nestjs/common';
import { SettingsReader } from '../settings';
import type { Broadcast, BroadcastMedia } from './broadcast.entity';
import { type BroadcastView, toBroadcastView } from './broadcast.view';
import { BroadcastsRepository } from './broadcasts.repository';
import { BroadcastError } from './broadcasts.errors';
import { sendPace } from './rules/send-rate.rule';

/** Views with live stats; the ETA uses the rate the sender is configured for right now. */
@Injectable()
export class BroadcastViewsFactory {
  constructor(
    private readonly broadcasts: BroadcastsRepository,
    private readonly settings: SettingsReader,
  ) {}

  async view(broadcast: Broadcast, media?: BroadcastMedia | null): Promise<BroadcastView> {
    const found = media === undefined ? await this.broadcasts.findMedia(broadcast.id) : media;
    return toBroadcastView(broadcast, found, await this.rate());
  }

  async byId(id: number): Promise<BroadcastView> {
    const broadcast = await this.broadcasts.findById(id);
    if (!broadcast) throw BroadcastError.notFound(id);
    return this.view(broadcast);
  }

  async rate(): Promise<number> {
    return sendPace(await this.settings.all()).rate;
  }
}
