import { Injectable } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import { SettingsReader } from '../settings';
import { type DiscountView, toDiscountView } from './discount.view';
import type { DiscountWithNames } from './discounts.repository';

/** Views need the code prefix (a setting) and the shop's zone (config): one place reads both. */
@Injectable()
export class DiscountViewsFactory {
  constructor(
    private readonly settings: SettingsReader,
    private readonly config: AppConfig,
  ) {}

  async views(rows: DiscountWithNames[]): Promise<DiscountView[]> {
    const options = { prefix: await this.settings.get('code_prefix'), timeZone: this.config.timeZone };
    return rows.map(({ discount, names }) => toDiscountView(discount, names, options));
  }

  async view(row: DiscountWithNames): Promise<DiscountView> {
    return (await this.views([row]))[0];
  }
}
