/** The one error shape of the API (DESIGN §3). */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details: Record<string, unknown>;
  /** The cashier's Mini App only: the refusal as the staff bot says it, in Russian (till/till-refusal.ts). */
  text?: string;
}
