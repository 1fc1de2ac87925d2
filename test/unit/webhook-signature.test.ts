import { endpointUrl } from '../../src/webhooks/endpoint';
import { newSecret, sign, verify } from '../../src/webhooks/signature';

describe('webhook signatures', () => {
  const body = '{"id":"42","caseId":"c"}';
  const [a, b] = [newSecret(), newSecret()];

  it('signs with every live secret, and verifies with any one of them', () => {
    const header = sign(body, [a, b], 1_800_000_000);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    expect(verify(body, header, a, 1_800_000_000)).toBe(true);
    expect(verify(body, header, b, 1_800_000_010)).toBe(true);
    expect(verify(body, sign(body, [b], 1_800_000_000), a, 1_800_000_000)).toBe(false);
  });

  it.each([
    ['another body', (h: string) => h, `${body} `],
    ['a stale timestamp (a replay)', (h: string) => h, body, 1_800_000_301],
    ['a timestamp changed after signing', (h: string) => h.replace('t=1800000000', 't=1800000001'), body],
    ['no timestamp', (h: string) => h.replace('t=1800000000,', ''), body],
    ['a truncated signature', (h: string) => h.slice(0, -2), body],
    ['garbage', () => 'v1=zz', body],
  ])('refuses %s', (_name, tamper, received, at = 1_800_000_000) => {
    expect(verify(received, tamper(sign(body, [a], 1_800_000_000)), a, at)).toBe(false);
  });

  it('makes a different secret each time, of 32 random bytes', () => {
    expect(a).not.toBe(b);
    expect(Buffer.from(a.replace(/^whsec_/, ''), 'base64url')).toHaveLength(32);
  });
});

describe('webhook endpoints', () => {
  it.each([
    ['https://system.riga.lv/events', false, 'https://system.riga.lv/events'],
    ['  https://system.riga.lv:8443/a?b=c ', false, 'https://system.riga.lv:8443/a?b=c'],
    ['http://127.0.0.1:9999/x', true, 'http://127.0.0.1:9999/x'],
    ['http://localhost/x', true, 'http://localhost/x'],
    ['http://[::1]:80/x', true, 'http://[::1]/x'],
  ])('takes %s (loopback http allowed: %s)', (raw, loopback, expected) => {
    expect(endpointUrl(raw, loopback)).toBe(expected);
  });

  it.each([
    ['http://127.0.0.1:9999/x', false],
    ['http://system.riga.lv/x', true],
    ['http://127.0.0.2.nip.io/x', true],
    ['https://user:secret@system.riga.lv/x', true],
    ['https://system.riga.lv/x#frag', true],
    ['ftp://system.riga.lv/x', true],
    ['system.riga.lv/x', true],
  ])('refuses %s (loopback http allowed: %s)', (raw, loopback) => {
    expect(() => endpointUrl(raw, loopback)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('refuses one longer than 2000 characters', () => {
    expect(() => endpointUrl(`https://system.riga.lv/${'a'.repeat(2000)}`, false)).toThrow('at most 2000');
  });
});
