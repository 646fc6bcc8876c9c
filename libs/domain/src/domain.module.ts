import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditModule } from './audit';
import { StaffModule } from './staff';

/** Every business capability; each app puts its own thin edges on top of this one core. */
@Module({
  imports: [CqrsModule.forRoot(), StaffModule, AuditModule],
  exports: [CqrsModule],
})
export class DomainModule {}
