import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { redactPhones } from '@dvorik/domain';
import { map, type Observable } from 'rxjs';
import type { DvorikRequest } from '../auth/authenticated-staff';

/**
 * The API's half of the phone policy (libs/domain clients/rules/phone-visibility.rule.ts):
 * every JSON answer to a staff member who may not see phones — lists, details, audit payloads,
 * whatever a future route returns — loses its `phone` values here, in one place.
 */
@Injectable()
export class PhoneRedactionInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<DvorikRequest>();
    // Tills (X-API-Key) and public routes carry no staff role and see no client phones either.
    const role = req.staff?.role ?? null;
    return next.handle().pipe(map((body: unknown) => redactPhones(body, role)));
  }
}
