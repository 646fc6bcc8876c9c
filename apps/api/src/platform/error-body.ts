/** The one error shape of the API (DESIGN §3). */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details: Record<string, unknown>;
}
