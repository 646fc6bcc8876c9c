import { Module } from '@nestjs/common';
import { CashierNotificationsConsumer } from './consumers/cashier-notifications.consumer';
import { ClientNotificationsConsumer } from './consumers/client-notifications.consumer';
import { EveningAlertsConsumer } from './consumers/evening-alerts.consumer';
import { StaffAlertsConsumer } from './consumers/staff-alerts.consumer';
import { Notifier } from './notifier';

const Consumers = [
  ClientNotificationsConsumer,
  CashierNotificationsConsumer,
  StaffAlertsConsumer,
  EveningAlertsConsumer,
];

/** Event consumers that tell clients, cashiers and staff what happened; they run in the worker. */
@Module({ providers: [...Consumers, Notifier] })
export class NotificationsModule {}
