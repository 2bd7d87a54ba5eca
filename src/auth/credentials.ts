import { IncomingHttpHeaders } from 'node:http';
import { ApiKeys, hashApiKey, Role } from './api-keys';

/** Who is calling: the role of the presented key, or anonymous. Keys come in `Authorization: Bearer` or `X-API-Key`. */
export interface Caller {
  role: Role | null;
  /** A key was presented but matched nothing. */
  rejectedKey: boolean;
  /** Short, non-secret fingerprint of the presented key for audit records (first 8 hex of its hash). */
  keyId?: string;
}

export function callerFrom(headers: IncomingHttpHeaders, keys: ApiKeys): Caller {
  const authorization = headers.authorization;
  const bearer = typeof authorization === 'string' ? /^Bearer\s+(\S{1,512})$/i.exec(authorization)?.[1] : undefined;
  const header = headers['x-api-key'];
  const presented = bearer ?? (typeof header === 'string' && header.length <= 512 ? header : undefined);
  if (presented === undefined) return { role: null, rejectedKey: false };
  const role = keys.roleOf(presented);
  return { role, rejectedKey: role === null, keyId: role === null ? undefined : `key:${hashApiKey(presented).slice(7, 15)}` };
}
