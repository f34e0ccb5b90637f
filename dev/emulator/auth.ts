import { randomBytes } from 'node:crypto';
import type { DatasetAppAccount, DatasetUser } from '../dataset/dataset-schema';
import { httpError, MESSAGES } from './errors';

/** Who is calling: the app itself (asApp, with its own grants) or a dataset user (asUser / basic auth). */
export type Principal = { kind: 'app'; account: DatasetAppAccount } | { kind: 'user'; user: DatasetUser };

/** The rate-limit / fault account of a principal: the user's accountId, or 'app'. */
export function principalAccount(p: Principal): string {
  return p.kind === 'app' ? 'app' : p.user.accountId;
}

export function newAppAuthorization(): string {
  return `Bearer emulator-app.${randomBytes(24).toString('base64url')}`;
}

export function basicAuthorization(email: string, token: string): string {
  return `Basic ${Buffer.from(`${email}:${token}`, 'utf8').toString('base64')}`;
}

/**
 * Resolves the Authorization header. No header -> 401; a header that is neither
 * the app secret nor a user's `Basic email:apiToken` -> 401.
 */
export function authenticate(
  header: string | null,
  appAuthorization: string,
  users: readonly DatasetUser[],
  appAccount: DatasetAppAccount,
): Principal {
  if (!header) throw httpError(401, MESSAGES.notAuthenticated, { 'www-authenticate': 'Basic realm="protected-area"' });
  if (header === appAuthorization) return { kind: 'app', account: appAccount };
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  if (match?.[1]) {
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      const email = decoded.slice(0, colon).toLowerCase();
      const token = decoded.slice(colon + 1);
      const user = users.find((u) => u.emailAddress.toLowerCase() === email && u.apiToken === token);
      if (user) return { kind: 'user', user };
    }
  }
  throw httpError(401, MESSAGES.badCredentials, { 'www-authenticate': 'Basic realm="protected-area"' });
}
