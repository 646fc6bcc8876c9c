export * from './event-consumer.decorator';
export * from './job-handler.decorator';
export * from './messaging.module';
export * from './period-job-id';
export * from './queue-names';
export * from './event-delivery';
