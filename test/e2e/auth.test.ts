import { SignJWT } from 'jose';
import { UserRole } from '../../src/kernel/principal';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const ME = graphql(`query AuthMe { me { userId role agency { code kind municipalityCode } } }`);
const CASES = graphql(`query AuthCases { cases(first: 5) { totalCount edges { node { id } } } }`);

describe('authentication: who is calling', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startHub(); });
  afterAll(async () => { await hub.close(); });

  it('takes the agency kind from the register, not from the token', async () => {
    const token = await hub.token('BT-LIEPAJA', UserRole.SPECIALIST, { userId: 'u-17' });
    const res = await hub.gql(token, ME);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      me: { userId: 'u-17', role: 'SPECIALIST', agency: { code: 'BT-LIEPAJA', kind: 'ORPHAN_COURT', municipalityCode: 'LIEPAJA' } },
    });
  });

  const refused: [string, (hub: TestHub) => Promise<string | null>][] = [
    ['no token', async () => null],
    ['a malformed token', async () => 'not-a-jwt'],
    ['a token signed with another key', async () => new SignJWT({ agency: 'SD-RIGA', role: 'CASE_WORKER' })
      .setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setExpirationTime('1h')
      .sign(new TextEncoder().encode('some-other-secret'))],
    ['an expired token', (h) => h.token('SD-RIGA', UserRole.CASE_WORKER, { expiresIn: -120 })],
    ['an unknown agency', (h) => h.token('SD-ATLANTIDA')],
    ['an unknown role', async () => new SignJWT({ agency: 'SD-RIGA', role: 'SUPERUSER' })
      .setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setExpirationTime('1h')
      .sign(new TextEncoder().encode('casehub-test-secret'))],
    ['an unsigned token (alg none)', async () =>
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"u","agency":"SD-RIGA","role":"ADMIN"}').toString('base64url')}.`],
  ];

  it.each(refused)('answers 401 and no data for %s', async (_name, make) => {
    const res = await hub.gql(await make(hub), CASES);
    expect(res.status).toBe(401);
    expect(res.data).toBeNull();
    expect(res.errors[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves /healthz with the database status', async () => {
    const res = await fetch(`${hub.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('keeps analysts and administrators away from case data', async () => {
    for (const role of [UserRole.ANALYST, UserRole.ADMIN]) {
      const res = await hub.gql(await hub.token('SD-RIGA', role), CASES);
      expect(res.data).toBeNull();
      expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
