/**
 * Callback data of the staff bot's inline buttons (Telegram allows 64 bytes). The owner alert is
 * sent by the worker and pressed in the bot, so both sides use these helpers.
 */
export type CashierDecisionAction = 'approve' | 'reject';

export const CASHIER_DECISION_PATTERN = /^cashier:(approve|reject):(\d{1,10})$/;

export function cashierDecisionData(action: CashierDecisionAction, cashierId: number): string {
  return `cashier:${action}:${cashierId}`;
}

export function parseCashierDecision(
  data: string,
): { action: CashierDecisionAction; cashierId: number } | null {
  const match = CASHIER_DECISION_PATTERN.exec(data);
  return match ? { action: match[1] as CashierDecisionAction, cashierId: Number(match[2]) } : null;
}

/** The owner alert's buttons. */
export function cashierDecisionKeyboard(cashierId: number) {
  return {
    inline_keyboard: [
      [
        { text: '✅ Одобрить', callback_data: cashierDecisionData('approve', cashierId) },
        { text: '❌ Отклонить', callback_data: cashierDecisionData('reject', cashierId) },
      ],
    ],
  };
}
