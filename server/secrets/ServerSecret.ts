import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SecretStore } from '../store/Store.ts';

/** What a signed value is for: a key derived for one purpose never verifies a value made for another. */
export type SigningPurpose = 'unsubscribe' | 'reply' | 'calendar';

/**
 * The installation's master secret, made once and kept in the store (so every process and every restart
 * signs alike), and the HMAC signatures of links built from it. Nothing signed here is stored: a link
 * carries its payload and its signature.
 */
export class ServerSecret {
  private constructor(private readonly master: Buffer) {}

  static async load(store: SecretStore): Promise<ServerSecret> {
    const value = await store.getOrCreate('master', randomBytes(32).toString('base64url'), new Date().toISOString());
    return new ServerSecret(Buffer.from(value, 'base64url'));
  }

  /** A 32-byte key for one purpose (HKDF-SHA256 of the master secret). */
  keyFor(purpose: SigningPurpose): Buffer {
    return Buffer.from(hkdfSync('sha256', this.master, Buffer.alloc(0), `accord:${purpose}`, 32));
  }

  /** `payload.signature`, URL- and e-mail-local-part-safe when the payload is ([A-Za-z0-9_-] and dots). */
  sign(purpose: SigningPurpose, payload: string): string {
    return `${payload}.${this.signature(purpose, payload)}`;
  }

  /** The payload of a value `sign` made for this purpose, or null when it was altered or made for another. */
  verify(purpose: SigningPurpose, signed: string): string | null {
    const dot = signed.lastIndexOf('.');
    if (dot <= 0) return null;
    const payload = signed.slice(0, dot);
    const given = Buffer.from(signed.slice(dot + 1));
    const expected = Buffer.from(this.signature(purpose, payload));
    return given.length === expected.length && timingSafeEqual(given, expected) ? payload : null;
  }

  private signature(purpose: SigningPurpose, payload: string): string {
    // 128 bits: a forged link must guess it; short enough for an e-mail address's local part.
    return createHmac('sha256', this.keyFor(purpose)).update(payload).digest('base64url').slice(0, 22);
  }
}
