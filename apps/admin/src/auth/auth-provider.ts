import type { AuthProvider, UserIdentity } from 'ra-core';
import { http } from '../dataProvider/http';
import { tokenStore } from './token-store';

interface LoginAnswer {
  accessToken: string;
  staff: { id: number; name: string; role: string };
}

/** Either the one-time link's token or the Telegram ID + password form. */
export type LoginParams = { token: string } | { telegramId: string | number; password: string };

/** Login by password or one-time token, Bearer JWT in localStorage, 401 → the login page. */
export const authProvider: AuthProvider = {
  async login(params: LoginParams) {
    const { json } =
      'token' in params
        ? await http<LoginAnswer>('/auth/login-token', { method: 'POST', json: { token: params.token } })
        : await http<LoginAnswer>('/auth/login', {
            method: 'POST',
            json: { telegramId: Number(params.telegramId), password: params.password },
          });
    tokenStore.set(json.accessToken, json.staff.role);
  },
  async logout() {
    tokenStore.clear();
  },
  async checkAuth() {
    if (!tokenStore.get()) throw new Error('Not logged in');
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      tokenStore.clear();
      throw new Error('Session expired');
    }
  },
  async getPermissions() {
    return tokenStore.role();
  },
  async getIdentity(): Promise<UserIdentity> {
    const { json } = await http<{ id: number; name: string; role: string }>('/auth/me', {
      token: tokenStore.get(),
    });
    return { id: json.id, fullName: json.name, role: json.role };
  },
};
