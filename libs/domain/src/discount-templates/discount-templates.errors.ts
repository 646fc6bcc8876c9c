import { DomainError } from '../shared';

export enum DiscountTemplateErrorCode {
  NotFound = 'DISCOUNT_TEMPLATE_NOT_FOUND',
  Invalid = 'DISCOUNT_TEMPLATE_INVALID',
  SharedCodeTaken = 'DISCOUNT_TEMPLATE_SHARED_CODE_TAKEN',
}

export class DiscountTemplateError extends DomainError<DiscountTemplateErrorCode> {
  static notFound(id: number) {
    return new DiscountTemplateError(DiscountTemplateErrorCode.NotFound, 'Discount template not found', {
      id,
    });
  }
  static invalid(fields: Record<string, string[]>) {
    const message = `Invalid discount template: ${Object.keys(fields).join(', ')}`;
    return new DiscountTemplateError(DiscountTemplateErrorCode.Invalid, message, { fields });
  }
  static sharedCodeTaken(sharedCode: string) {
    const message = 'Another template already uses this shared code';
    return new DiscountTemplateError(DiscountTemplateErrorCode.SharedCodeTaken, message, { sharedCode });
  }

  private constructor(code: DiscountTemplateErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
