import { createServer, request, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { guardedLookup } from '../../src/webhooks/delivery';
import { endpointUrl, reachableAddress } from '../../src/webhooks/endpoint';

describe('webhook endpoints stay outside the hub\'s network', () => {
  it.each([
    ['8.8.8.8', true], ['1.1.1.1', true], ['2a00:1450:4001::1', true], ['::ffff:8.8.8.8', true],
    ['127.0.0.1', false], ['127.5.6.7', false], ['::1', false], ['10.0.0.1', false], ['172.16.0.1', false], ['172.31.255.255', false],
    ['192.168.0.1', false], ['169.254.169.254', false], ['100.64.0.1', false], ['0.0.0.0', false], ['224.0.0.1', false],
    ['255.255.255.255', false], ['fc00::1', false], ['fd12:3456::1', false], ['fe80::1', false], ['::ffff:10.0.0.1', false],
    ['::ffff:127.0.0.1', false], ['::', false], ['ff02::1', false],
  ])('%s is reachable: %s', (address, expected) => {
    expect(reachableAddress(address, false)).toBe(expected);
  });

  it('lets the loopback through only where the hub allows it, and nothing else private', () => {
    expect(reachableAddress('127.0.0.1', true)).toBe(true);
    expect(reachableAddress('::1', true)).toBe(true);
    expect(reachableAddress('10.0.0.1', true)).toBe(false);
    expect(reachableAddress('169.254.169.254', true)).toBe(false);
  });

  it.each([
    'https://127.0.0.1/x', 'https://localhost/x', 'https://api.localhost/x', 'https://[::1]/x', 'http://127.0.0.1:8080/x',
    'https://10.0.0.1/x', 'https://169.254.169.254/x', 'https://[::ffff:192.168.1.1]/x',
  ])('refuses %s on a production hub', (url) => {
    expect(() => endpointUrl(url, false)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.url' }) }));
  });

  it('accepts a public https endpoint, and the loopback over http where allowed', () => {
    expect(endpointUrl(' https://system.riga.lv/casehub/events ', false)).toBe('https://system.riga.lv/casehub/events');
    expect(endpointUrl('http://127.0.0.1:9000/x', true)).toBe('http://127.0.0.1:9000/x');
    expect(endpointUrl('http://localhost:9000/x', true)).toBe('http://localhost:9000/x');
  });

  describe('when a POST resolves its host', () => {
    let server: Server;
    let port: number;
    beforeAll(async () => {
      server = createServer((_req, res) => res.end('ok'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const lookup = (allowLoopback: boolean) => new Promise<string>((resolve, reject) => {
      guardedLookup(allowLoopback)('localhost', { all: true }, (error, addresses) => (error ? reject(error) : resolve(JSON.stringify(addresses))));
    });

    it('refuses a name that resolves to this machine (as a name rebound inward would), and allows it where the hub allows the loopback', async () => {
      await expect(lookup(false)).rejects.toMatchObject({ code: 'ENOTPUBLIC' });
      expect(await lookup(true)).toContain('127.0.0.1');
    });

    it('is the lookup a socket uses: a connection to a name resolving inward fails before it is made', async () => {
      const attempt = (allowLoopback: boolean) => new Promise<number>((resolve, reject) => {
        const req = request({ host: 'localhost', port, family: 4, path: '/', lookup: guardedLookup(allowLoopback) }, (res) => {
          resolve(res.statusCode ?? 0);
          res.resume();
        });
        req.on('error', reject);
        req.end();
      });
      await expect(attempt(false)).rejects.toMatchObject({ code: 'ENOTPUBLIC' });
      expect(await attempt(true)).toBe(200);
    });
  });
});
