import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes); the parameters travel inside each hash. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    // A malformed stored hash never lets anyone in.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** A hash to verify against when the username is unknown, so both answers take as long. */
export function hashForUnknownUser(): Promise<string> {
  dummyHash ??= hashPassword('nscl-no-such-user-timing-equaliser');
  return dummyHash;
}
