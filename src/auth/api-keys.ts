import { createHash, timingSafeEqual } from 'node:crypto';

export enum Role {
  READER = 'READER',
  EDITOR = 'EDITOR',
}

/**
 * API keys are configured as SHA-256 digests (`sha256:<hex>`), never in plain text. A presented
 * key is hashed and compared against every configured digest in constant time, so neither the
 * comparison nor the position of a match leaks through timing.
 */
export class ApiKeys {
  private readonly digests: Array<{ digest: Buffer; role: Role }>;

  constructor(config: { editorKeyHashes: string[]; readerKeyHashes: string[] }) {
    this.digests = [
      ...config.editorKeyHashes.map((h) => ({ digest: parseDigest(h), role: Role.EDITOR })),
      ...config.readerKeyHashes.map((h) => ({ digest: parseDigest(h), role: Role.READER })),
    ];
  }

  /** The role of a presented key, or null when it matches none. */
  roleOf(presented: string): Role | null {
    const digest = createHash('sha256').update(presented, 'utf8').digest();
    let found: Role | null = null;
    for (const entry of this.digests) {
      // No early exit: every digest is compared whatever the outcome.
      if (timingSafeEqual(digest, entry.digest) && (found === null || entry.role === Role.EDITOR)) found = entry.role;
    }
    return found;
  }
}

export function hashApiKey(key: string): string {
  return `sha256:${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}

const DIGEST = /^sha256:([0-9a-f]{64})$/;

export function isDigest(text: string): boolean {
  return DIGEST.test(text);
}

function parseDigest(text: string): Buffer {
  const match = DIGEST.exec(text);
  if (!match) throw new Error('API key hashes must look like sha256:<64 hex digits>');
  return Buffer.from(match[1], 'hex');
}
