import { createHmac } from 'node:crypto';
import type { TgUser } from '../types';

/** Who opens a Mini App, as Telegram describes them in `initData`'s `user` field. */
export interface WebAppUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/**
 * A Mini App's `initData` signed as Telegram's Web Apps documentation specifies: HMAC-SHA256 of the
 * sorted `key=value` lines, keyed by HMAC-SHA256("WebAppData", bot token). Written with node:crypto,
 * independently of the library the API checks it with.
 */
export function signWebAppInitData(botToken: string, user: WebAppUser, authDate = new Date()): string {
  const fields = new URLSearchParams({
    query_id: `AA${createHmac('sha256', botToken).update(`${user.id}:${authDate.getTime()}`).digest('base64url').slice(0, 22)}`,
    user: JSON.stringify({
      id: user.id,
      first_name: user.first_name,
      ...(user.last_name ? { last_name: user.last_name } : {}),
      ...(user.username ? { username: user.username } : {}),
      language_code: user.language_code ?? 'ru',
    }),
    auth_date: String(Math.floor(authDate.getTime() / 1000)),
  });
  const dataCheckString = [...fields.entries()]
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join('\n');
  const secret = createHmac('sha256', 'WebAppData').update(botToken).digest();
  fields.set('hash', createHmac('sha256', secret).update(dataCheckString).digest('hex'));
  return fields.toString();
}

/**
 * What Telegram does when a person opens a bot's Mini App (a `web_app` button): the page's URL with
 * the launch parameters in its fragment, `tgWebAppData` being the signed `initData`. The sandbox
 * plays Telegram, so it signs with the bot's token.
 */
export function webAppLaunchUrl(url: string, user: TgUser, botToken: string, now = new Date()): string {
  const target = new URL(url);
  if (!/^https?:$/.test(target.protocol)) throw new Error('"url" must be an http(s) address');
  const launch = new URLSearchParams({
    tgWebAppData: signWebAppInitData(botToken, user, now),
    tgWebAppVersion: '8.0',
    tgWebAppPlatform: 'web',
  });
  target.hash = launch.toString();
  return target.toString();
}

/** The text of the QR code in a PNG a bot sent, as a phone's camera would read it; null if none. */
export async function readQrCode(png: Buffer): Promise<string | null> {
  // Test-kit dependencies, loaded only when the sandbox scans (the emulator is never in production).
  const [{ PNG }, { default: jsQR }] = await Promise.all([import('pngjs'), import('jsqr')]);
  let image: { width: number; height: number; data: Buffer };
  try {
    image = PNG.sync.read(png);
  } catch {
    return null; // not a PNG (a JPEG photo, say): nothing a QR scanner would read here
  }
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
