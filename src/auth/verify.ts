import { createPublicKey, KeyObject } from 'node:crypto';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { JwtConfig } from '../config';
import { UserRole } from '../access/roles';

/** The verified claims casehub relies on. The agency's kind is looked up, never taken from here. */
export interface TokenClaims {
  userId: string;
  agencyCode: string;
  role: UserRole;
  name: string | undefined;
}

export class InvalidTokenError extends Error {}

type Key = Uint8Array | KeyObject | JWTVerifyGetKey;

/** Verifies bearer tokens: HS256 with a shared secret (development), RS256/ES256 in production. */
export class TokenVerifier {
  private readonly key: Key;
  private readonly algorithms: string[];

  constructor(private readonly config: JwtConfig) {
    if (config.jwksUrl) {
      this.key = createRemoteJWKSet(new URL(config.jwksUrl));
      this.algorithms = ['RS256', 'ES256'];
    } else if (config.publicKey) {
      this.key = createPublicKey(config.publicKey.replace(/\\n/g, '\n'));
      this.algorithms = ['RS256', 'ES256'];
    } else if (config.secret) {
      this.key = new TextEncoder().encode(config.secret);
      this.algorithms = ['HS256'];
    } else {
      throw new Error('no JWT verification key configured');
    }
  }

  async verify(token: string): Promise<TokenClaims> {
    let payload: JWTPayload;
    try {
      const options = { algorithms: this.algorithms, issuer: this.config.issuer, audience: this.config.audience };
      // jose's overloads differ only in the key's type; both forms verify the same way
      ({ payload } = typeof this.key === 'function'
        ? await jwtVerify(token, this.key, options)
        : await jwtVerify(token, this.key, options));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new InvalidTokenError('token expired');
      throw new InvalidTokenError('token invalid');
    }
    const { sub, agency, role, name } = payload as JWTPayload & Record<string, unknown>;
    if (typeof sub !== 'string' || sub === '' || typeof agency !== 'string' || agency === '') {
      throw new InvalidTokenError('token lacks sub or agency');
    }
    if (typeof role !== 'string' || !Object.values<string>(UserRole).includes(role)) {
      throw new InvalidTokenError('token has no known role');
    }
    return { userId: sub, agencyCode: agency, role: role as UserRole, name: typeof name === 'string' ? name : undefined };
  }
}
