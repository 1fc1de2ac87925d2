import { loadConfig } from '../../src/kernel/config';

/** TRUST_PROXY: the load balancers whose X-Forwarded-For names the client; never "any address". */
describe('TRUST_PROXY', () => {
  it('trusts no proxy by default', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
  });

  it('takes addresses, CIDRs and the range names, comma-separated', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.0.0.0/8,fd00::/8 ,::1,loopback' }).trustProxy)
      .toEqual(['10.0.0.5', '10.0.0.0/8', 'fd00::/8', '::1', 'loopback']);
  });

  it.each(['true', '*', '0.0.0.0/0', '::/0', '0.0.0.0/0/1', '10.0.0.0/33', 'fd00::/129', 'lb.example.lv', '10.0.0.0/x', '1'])(
    'refuses %s, naming the variable', (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    });
});
