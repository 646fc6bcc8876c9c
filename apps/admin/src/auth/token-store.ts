/** The staff JWT lives in localStorage (SHARED-DECISIONS: Bearer only, no cookie the API accepts). */
const KEY = 'dvorik.token';
const ROLE = 'dvorik.role';

export const tokenStore = {
  get: (): string | null => localStorage.getItem(KEY),
  role: (): string | null => localStorage.getItem(ROLE),
  set(token: string, role: string): void {
    localStorage.setItem(KEY, token);
    localStorage.setItem(ROLE, role);
  },
  clear(): void {
    localStorage.removeItem(KEY);
    localStorage.removeItem(ROLE);
  },
};
