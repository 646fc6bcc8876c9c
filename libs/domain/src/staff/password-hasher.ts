import { Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';

@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return bcrypt.hash(password, 12);
  }

  /** Compares even when there is no hash, so a missing password costs the same time. */
  async verify(password: string, hash: string | null): Promise<boolean> {
    const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
    return ok && hash !== null;
  }
}

const DUMMY_HASH = '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5c3sCw6Gm6XRl8Ue5jrKNgQ7xxOq5Cy';
