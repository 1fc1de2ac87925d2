import { createPublicKey, KeyObject } from 'node:crypto';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { JwtConfig } from '../../kernel/config';
import { Purpose, UserRole } from '../../kernel/principal';

/** The verified claims casehub relies on. The agency's kind is looked up, never taken from here. */
export interface TokenClaims {
  userId: string;
  agencyCode: string;
  role: UserRole;
  name: string | undefined;
  /** The `purpose_of_use` claim as sent (checked against the policy by authenticate); absent when not sent. */
  purpose: string | undefined;
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
      const options = { algorithms: this.algorithms, issuer: this.config.issuer, audience: this.config.audience,
        requiredClaims: ['exp'], clockTolerance: this.config.clockSkewSeconds };
      // jose's overloads differ only in the key's type; both forms verify the same way
      ({ payload } = typeof this.key === 'function'
        ? await jwtVerify(token, this.key, options)
        : await jwtVerify(token, this.key, options));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new InvalidTokenError('token expired');
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp') throw new InvalidTokenError('token has no expiry');
      throw new InvalidTokenError('token invalid');
    }
    this.checkLifetime(payload);
    const { sub, agency, role, name, purpose_of_use: purpose } = payload as JWTPayload & Record<string, unknown>;
    if (typeof sub !== 'string' || sub === '' || typeof agency !== 'string' || agency === '') {
      throw new InvalidTokenError('token lacks sub or agency');
    }
    if (typeof role !== 'string' || !Object.values<string>(UserRole).includes(role)) {
      throw new InvalidTokenError('token has no known role');
    }
    return { userId: sub, agencyCode: agency, role: role as UserRole, name: typeof name === 'string' ? name : undefined,
      purpose: purpose === undefined || purpose === null || purpose === '' ? undefined : String(purpose) as Purpose };
  }

  /** A token is issued now or in the past (within the clock skew) and lives at most the maximum lifetime. */
  private checkLifetime({ iat, exp }: JWTPayload): void {
    const now = Math.floor(Date.now() / 1000);
    const { maxTtlSeconds, clockSkewSeconds } = this.config;
    if (iat !== undefined && (typeof iat !== 'number' || iat > now + clockSkewSeconds)) throw new InvalidTokenError('token issued in the future');
    if ((exp as number) - Math.min(iat ?? now, now) > maxTtlSeconds + clockSkewSeconds) {
      throw new InvalidTokenError(`token lives longer than ${maxTtlSeconds} s`);
    }
  }
}
