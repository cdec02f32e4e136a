// The answers a record holds, sealed for storage. With a key from the host (an AES-GCM
// CryptoKey, e.g. unwrapped from its signed-in session), the payload is encrypted with WebCrypto
// and a fresh 96-bit IV per write, so the bytes on disk do not contain the answers: another
// person at this computer, or a copied browser profile, cannot read them without the key.
// Without a key the payload is stored as it is (the README says what that does not protect).

export type Sealed = { plain: unknown } | { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };

export async function seal(value: unknown, key?: CryptoKey): Promise<Sealed> {
  if (!key) return { plain: value };
  const iv = crypto.getRandomValues(new Uint8Array(new ArrayBuffer(12)));
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return { iv, data: await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bytes) };
}

/** Thrown when a record cannot be opened: encrypted and no key, or another key (a new session's). */
export class SealedError extends Error {}

export async function unseal(sealed: Sealed, key?: CryptoKey): Promise<unknown> {
  if ('plain' in sealed) return sealed.plain;
  if (!key) throw new SealedError('this record is encrypted and no key was given');
  try {
    const bytes = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new SealedError('this record was encrypted with another key');
  }
}
