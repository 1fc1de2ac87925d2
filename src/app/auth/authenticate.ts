import { Principal } from '../../kernel/principal';
import { AgencyRegister } from './agency-register';
import { InvalidTokenError, TokenVerifier } from './verify';

export class AuthenticationError extends Error {}

/**
 * Bearer token → Principal. The agency must be in the hub's register; its kind and area come
 * from there (an in-memory copy at most 30 s old: AgencyRegister), never from the token. Any
 * failure is an AuthenticationError (HTTP 401).
 */
export async function authenticate(header: string | undefined, verifier: TokenVerifier, agencies: AgencyRegister): Promise<Principal> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw new AuthenticationError('A bearer token is required');
  let claims;
  try {
    claims = await verifier.verify(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw new AuthenticationError(`The bearer token is not valid: ${error.message}`);
    throw error;
  }
  const agency = await agencies.find(claims.agencyCode);
  if (!agency) throw new AuthenticationError('The token names an agency the hub does not know');
  return { userId: claims.userId, name: claims.name, role: claims.role, agency };
}
