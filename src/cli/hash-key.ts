import { randomBytes } from 'node:crypto';
import { hashApiKey } from '../auth/api-keys';

/** `npm run hash-key [key]`: prints a new (or the given) key and the digest to configure. Only the digest goes in the environment. */
const key = process.argv[2] ?? randomBytes(24).toString('base64url');
process.stdout.write(`key:    ${key}\ndigest: ${hashApiKey(key)}\n`);
