import { DataSource } from 'typeorm';
import { AgencyKind, Principal } from '../../kernel/principal';
import { InvalidTokenError, TokenVerifier } from './verify';

export class AuthenticationError extends Error {}

/**
 * Bearer token → Principal. The agency must be in the hub's register; its kind and area come
 * from there, never from the token. Any failure is an AuthenticationError (HTTP 401).
 */
export async function authenticate(header: string | undefined, verifier: TokenVerifier, db: DataSource): Promise<Principal> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw new AuthenticationError('A bearer token is required');
  let claims;
  try {
    claims = await verifier.verify(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw new AuthenticationError(`The bearer token is not valid: ${error.message}`);
    throw error;
  }
  const [agency]: { id: string; code: string; kind: AgencyKind; municipalityCode: string | null; regionCode: string | null }[] =
    await db.query(
      `SELECT id, code, kind, municipality_code AS "municipalityCode", region_code AS "regionCode" FROM agency WHERE code = $1`,
      [claims.agencyCode]);
  if (!agency) throw new AuthenticationError('The token names an agency the hub does not know');
  return { userId: claims.userId, name: claims.name, role: claims.role, agency };
}
