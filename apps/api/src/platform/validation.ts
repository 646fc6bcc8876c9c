import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** Flattens class-validator's tree into `{ "field.path": ["problem", …] }`. */
export function fieldErrors(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) out[path] = Object.values(error.constraints);
    Object.assign(out, fieldErrors(error.children ?? [], path));
  }
  return out;
}

export class InputValidationException extends BadRequestException {
  constructor(readonly fields: Record<string, string[]>) {
    super(`Invalid input: ${Object.keys(fields).join(', ')}`);
  }
}

/** Unknown fields are refused (never silently dropped), and every field at fault is named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new InputValidationException(fieldErrors(errors)),
  });
}
