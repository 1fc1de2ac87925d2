import { SignJWT } from 'jose';
import { USUAL_PURPOSE } from '../../access/policy';
import { Purpose, UserRole } from '../../kernel/principal';

export interface DevTokenRequest {
  secret: string;
  agencyCode: string;
  role: UserRole;
  /** The `purpose_of_use` claim: the role's usual purpose unless given; null sends none. Any string, for tests of refusals. */
  purpose?: Purpose | string | null;
  userId?: string;
  name?: string;
  /** e.g. '8h'; a negative number of seconds makes an already expired token (tests). */
  expiresIn?: string | number;
  issuer?: string;
  audience?: string;
}

/** Signs an HS256 development token with the claims casehub expects. */
export async function signDevToken(request: DevTokenRequest): Promise<string> {
  const { secret, agencyCode, role, expiresIn = '8h' } = request;
  const userId = request.userId ?? `${agencyCode.toLowerCase()}-${role.toLowerCase()}`;
  const now = Math.floor(Date.now() / 1000);
  const purpose = request.purpose === undefined ? USUAL_PURPOSE[role] : request.purpose;
  let jwt = new SignJWT({ agency: agencyCode, role, ...(purpose === null ? {} : { purpose_of_use: purpose }),
    ...(request.name ? { name: request.name } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuedAt(typeof expiresIn === 'number' && expiresIn < 0 ? now + expiresIn - 60 : now)
    .setExpirationTime(typeof expiresIn === 'number' ? now + expiresIn : expiresIn);
  if (request.issuer) jwt = jwt.setIssuer(request.issuer);
  if (request.audience) jwt = jwt.setAudience(request.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
