import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  type CashierView,
  type CheckedDiscount,
  RedeemDiscountCommand,
  ValidateDiscountCommand,
} from '@dvorik/domain';
import { CodeDto } from '../discounts/discount.dto';
import { CurrentTillCashier, TillCashier } from './till-cashier.guard';
import { TillRefusals } from './till-refusal';

/** What the Mini App shows: the client, the discount, the expiry — nothing else about the code. */
function tillView(d: CheckedDiscount) {
  return {
    code: d.displayCode,
    clientName: d.clientName,
    templateName: d.templateName,
    valueType: d.valueType,
    value: d.value,
    valueText: d.valueText,
    expiresAt: d.expiresAt,
    expiresOn: d.expiresOn,
    status: d.status,
    redeemedAt: d.redeemedAt,
  };
}

/**
 * The cashier's Mini App (`/tg/till`): a scanned QR token or a typed code through the same
 * ValidateDiscountCommand and RedeemDiscountCommand as the staff bot — the same refusals, the
 * same log rows, the same cashier lock, the same re-check at redemption.
 */
@ApiTags('till')
@Controller('till')
export class TillController {
  constructor(
    private readonly commands: CommandBus,
    private readonly refusals: TillRefusals,
  ) {}

  @Post('check')
  @HttpCode(200)
  @TillCashier()
  @ApiOkResponse({
    description:
      'The discount; a refusal has the usual error body plus `text`, what the staff bot would say (DISCOUNT_NOT_FOUND, TILL_QR_EXPIRED, …)',
  })
  async check(@Body() dto: CodeDto, @CurrentTillCashier() cashier: CashierView) {
    const checked = await this.refusals.explain(() =>
      this.commands.execute(
        new ValidateDiscountCommand({ type: 'cashier', cashierId: cashier.id }, dto.code),
      ),
    );
    return tillView(checked);
  }

  @Post('redeem')
  @HttpCode(200)
  @TillCashier()
  @ApiOkResponse({ description: 'Redeemed (the client is told by the worker), or a refusal' })
  async redeem(@Body() dto: CodeDto, @CurrentTillCashier() cashier: CashierView) {
    const redeemed = await this.refusals.explain(() =>
      this.commands.execute(
        new RedeemDiscountCommand({ actor: { type: 'cashier', cashierId: cashier.id }, codeInput: dto.code }),
      ),
    );
    return tillView(redeemed);
  }
}
