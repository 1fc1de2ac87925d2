import { mayClaim } from '../../access/decide';
import { Caller, Purpose } from '../../kernel/principal';
import { AgencyRegister } from './agency-register';
import { InvalidTokenError, TokenVerifier } from './verify';

export class AuthenticationError extends Error {}

/** A verified caller whose purpose of use is missing or not one its role may claim (HTTP 403, before any data is read). */
export class PurposeError extends Error {
  constructor(readonly code: 'PURPOSE_REQUIRED' | 'PURPOSE_NOT_ALLOWED', message: string) {
    super(message);
  }
}

/**
 * Bearer token → Caller. The agency must be in the hub's register; its kind and area come
 * from there (an in-memory copy at most 30 s old: AgencyRegister), never from the token. Any
 * failure to establish who calls is an AuthenticationError (HTTP 401); a purpose of use that is
 * missing or that the user's role (of its agency's kind) may not claim is a PurposeError (HTTP 403).
 */
export async function authenticate(header: string | undefined, verifier: TokenVerifier, agencies: AgencyRegister): Promise<Caller> {
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
  const principal = { userId: claims.userId, name: claims.name, role: claims.role, agency };
  if (!claims.purpose) throw new PurposeError('PURPOSE_REQUIRED', 'The token carries no purpose of use (claim purpose_of_use)');
  const purpose = claims.purpose as Purpose;
  if (!Object.values(Purpose).includes(purpose) || !mayClaim(principal, purpose)) {
    throw new PurposeError('PURPOSE_NOT_ALLOWED', `The purpose of use ${Object.values<string>(Purpose).includes(purpose) ? purpose : '(unknown)'}`
      + ` is not one a ${claims.role} of a ${agency.kind} may claim`);
  }
  return { ...principal, purpose };
}
