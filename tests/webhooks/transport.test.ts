import fc from 'fast-check';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isForbiddenAddress, isLoopbackAddress, postWebhook, type WebhookLookup } from '../../packages/webhooks/src/transport.js';

const BODY = JSON.stringify({ type: 'order.placed', data: { orderId: 'ord_1' } });
const HEADERS = { 'webhook-id': 'msg_1', 'webhook-timestamp': '1740830400', 'webhook-signature': 'v1,c2lnbmF0dXJl' };

interface LocalServer {
  readonly port: number;
  readonly url: string;
  readonly requests: { headers: IncomingMessage['headers']; body: string; url: string }[];
  close(): Promise<void>;
}

const servers: Server[] = [];

async function serve(respond: (req: IncomingMessage, res: ServerResponse) => void): Promise<LocalServer> {
  const requests: LocalServer['requests'] = [];
  const listener: RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString(), url: req.url ?? '' });
      respond(req, res);
    });
  };
  const server = createServer(listener);
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** A lookup that answers from a script and counts its calls; it never touches DNS. */
function scriptedLookup(...answers: string[][]): WebhookLookup & { calls: string[] } {
  const calls: string[] = [];
  const lookup = async (hostname: string) => {
    const answer = answers[Math.min(calls.length, answers.length - 1)] ?? [];
    calls.push(hostname);
    return answer.map((address) => ({ address, family: net.isIP(address) }));
  };
  return Object.assign(lookup, { calls });
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    if (server.listening) await new Promise((resolve) => server.close(resolve));
  }
});

describe('delivering a webhook', () => {
  it('is ok on a 2xx, with the latency, our headers and the body exactly as given', async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());

    const outcome = await postWebhook({ url: `${server.url}/hooks?x=1`, headers: HEADERS, body: BODY, allowLoopbackHttp: true });

    expect(outcome).toMatchObject({ ok: true, status: 204, excerpt: '' });
    expect(outcome.error).toBeUndefined();
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(0);
    expect(outcome.latencyMs).toBeLessThan(5000);
    const [received] = server.requests;
    expect(received?.url).toBe('/hooks?x=1');
    expect(received?.body).toBe(BODY);
    expect(received?.headers).toMatchObject({
      ...HEADERS,
      host: `127.0.0.1:${server.port}`,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(BODY)),
      'user-agent': 'Ayni-Webhooks/1',
    });
  });

  it('reports a 500 as http-status, with an excerpt of the answer', async () => {
    const server = await serve((_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('database is down'));

    const outcome = await postWebhook({ url: server.url, headers: HEADERS, body: BODY, allowLoopbackHttp: true });

    expect(outcome).toMatchObject({ ok: false, status: 500, error: 'http-status', excerpt: 'database is down' });
  });

  it('does not follow a redirect', async () => {
    const target = await serve((_req, res) => res.writeHead(200).end());
    const redirecting = await serve((_req, res) => res.writeHead(302, { location: `${target.url}/elsewhere` }).end('moved'));

    const outcome = await postWebhook({ url: redirecting.url, headers: HEADERS, body: BODY, allowLoopbackHttp: true });

    expect(outcome).toMatchObject({ ok: false, status: 302, error: 'redirect', excerpt: 'moved' });
    expect(redirecting.requests).toHaveLength(1);
    expect(target.requests).toHaveLength(0);
  });

  it('gives up on a server that never answers once the time budget is spent', async () => {
    const server = await serve(() => {});
    const started = performance.now();

    const outcome = await postWebhook({ url: server.url, headers: HEADERS, body: BODY, allowLoopbackHttp: true, timeoutMs: 300 });

    expect(outcome).toMatchObject({ ok: false, error: 'timeout', excerpt: '' });
    expect(outcome.status).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(300 + 1000);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('stops reading a huge answer at the limit, and a 2xx is still delivered', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let written = 0;
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const pump = (): void => {
        while (written < 5 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => {});
      pump();
    });

    const outcome = await postWebhook({ url: server.url, headers: HEADERS, body: BODY, allowLoopbackHttp: true, maxResponseBytes: 64 * 1024 });

    expect(outcome).toMatchObject({ ok: true, status: 200 });
    expect(outcome.bytesRead).toBeGreaterThanOrEqual(64 * 1024);
    expect(outcome.bytesRead).toBeLessThan(64 * 1024 + chunk.length);
    expect(outcome.excerpt).toBe('x'.repeat(1024));
  });

  it('cuts the excerpt at 1 KiB without a broken character, and replaces invalid UTF-8', async () => {
    const body = Buffer.concat([Buffer.from('a'.repeat(1023)), Buffer.from('ñ'), Buffer.from('tail')]);
    const invalid = Buffer.from([0x6f, 0x6b, 0xff, 0x21]);
    const long = await serve((_req, res) => res.writeHead(400).end(body));
    const broken = await serve((_req, res) => res.writeHead(400).end(invalid));

    const cut = await postWebhook({ url: long.url, headers: HEADERS, body: BODY, allowLoopbackHttp: true });
    const replaced = await postWebhook({ url: broken.url, headers: HEADERS, body: BODY, allowLoopbackHttp: true });

    expect(cut.excerpt).toBe('a'.repeat(1023));
    expect(replaced.excerpt).toBe('ok\uFFFD!');
  });

  it('reports response headers beyond 16 KiB as too-large', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'x-padding': 'p'.repeat(20 * 1024) }).end());

    const outcome = await postWebhook({ url: server.url, headers: HEADERS, body: BODY, allowLoopbackHttp: true });

    expect(outcome).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('reports a refused connection as connection', async () => {
    const server = await serve(() => {});
    const { url } = server;
    await server.close();

    const outcome = await postWebhook({ url, headers: HEADERS, body: BODY, allowLoopbackHttp: true });

    expect(outcome).toMatchObject({ ok: false, error: 'connection' });
  });

  it('reports a name that does not resolve as dns', async () => {
    const failing: WebhookLookup = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };

    expect(await postWebhook({ url: 'https://nowhere.example.test/', headers: HEADERS, body: BODY, lookup: failing })).toMatchObject({
      ok: false,
      error: 'dns',
    });
    expect(await postWebhook({ url: 'https://empty.example.test/', headers: HEADERS, body: BODY, lookup: scriptedLookup([]) })).toMatchObject({
      ok: false,
      error: 'dns',
    });
  });
});

describe('where a webhook may go', () => {
  it.each(['169.254.169.254', '10.0.0.5', '::ffff:127.0.0.1', 'fd00::1', '127.0.0.1', '::1', '192.168.1.10', '100.64.0.1', '64:ff9b::a9fe:a9fe'])(
    'refuses a host that resolves to %s, without connecting',
    async (address) => {
      const connect = vi.spyOn(net.Socket.prototype, 'connect');
      const lookup = scriptedLookup([address]);

      const outcome = await postWebhook({ url: 'https://hooks.example.test/in', headers: HEADERS, body: BODY, lookup });

      expect(outcome).toMatchObject({ ok: false, error: 'forbidden-address' });
      expect(lookup.calls).toEqual(['hooks.example.test']);
      expect(connect).not.toHaveBeenCalled();
    },
  );

  it('refuses a host when any one of its addresses is forbidden', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');

    const outcome = await postWebhook({ url: 'https://hooks.example.test/', headers: HEADERS, body: BODY, lookup: scriptedLookup(['8.8.8.8', '127.0.0.1']) });

    expect(outcome).toMatchObject({ ok: false, error: 'forbidden-address' });
    expect(connect).not.toHaveBeenCalled();
  });

  it.each([
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]:8443/',
    'https://[::ffff:10.0.0.1]/',
    'https://2130706433/',
    'https://0x7f.1/',
    'https://0.0.0.0/',
  ])('checks the IP literal in %s without a lookup', async (url) => {
    const lookup = scriptedLookup(['8.8.8.8']);

    const outcome = await postWebhook({ url, headers: HEADERS, body: BODY, lookup });

    expect(outcome).toMatchObject({ ok: false, error: 'forbidden-address' });
    expect(lookup.calls).toEqual([]);
  });

  it.each(['http://hooks.example.test/', 'ftp://hooks.example.test/', 'https://user:pass@hooks.example.test/', 'not a url', 'file:///etc/passwd'])(
    'refuses %s as invalid-url',
    async (url) => {
      const connect = vi.spyOn(net.Socket.prototype, 'connect');
      const lookup = scriptedLookup(['93.184.216.34']);

      expect(await postWebhook({ url, headers: HEADERS, body: BODY, lookup })).toMatchObject({ ok: false, error: 'invalid-url' });
      expect(connect).not.toHaveBeenCalled();
    },
  );

  it('refuses plain http to a public address even when loopback http is allowed', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');

    const outcome = await postWebhook({
      url: 'http://hooks.example.test/',
      headers: HEADERS,
      body: BODY,
      allowLoopbackHttp: true,
      lookup: scriptedLookup(['93.184.216.34']),
    });

    expect(outcome).toMatchObject({ ok: false, error: 'invalid-url' });
    expect(connect).not.toHaveBeenCalled();
  });

  it('refuses loopback itself unless loopback is allowed', async () => {
    const server = await serve((_req, res) => res.writeHead(200).end());

    const outcome = await postWebhook({ url: `https://127.0.0.1:${server.port}/`, headers: HEADERS, body: BODY });

    expect(outcome).toMatchObject({ ok: false, error: 'forbidden-address' });
    expect(server.requests).toHaveLength(0);
  });

  it('connects to the address it checked, so a rebinding name cannot swap it', async () => {
    const server = await serve((_req, res) => res.writeHead(200).end());
    const lookup = scriptedLookup(['127.0.0.1'], ['169.254.169.254']);
    const connect = vi.spyOn(net.Socket.prototype, 'connect');

    const outcome = await postWebhook({ url: `http://hooks.example.test:${server.port}/in`, headers: HEADERS, body: BODY, allowLoopbackHttp: true, lookup });

    expect(outcome).toMatchObject({ ok: true, status: 200 });
    expect(lookup.calls).toEqual(['hooks.example.test']);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers.host).toBe(`hooks.example.test:${server.port}`);
    expect(connect).toHaveBeenCalledTimes(1);
    // Node passes connect() its normalised [options, callback] pair.
    expect(connect.mock.calls.flat(2)).toContainEqual(expect.objectContaining({ host: '127.0.0.1', port: server.port }));
  });

  it('sends the original hostname as TLS SNI while connecting to the resolved address', async () => {
    const tcp = net.createServer();
    let hello = Buffer.alloc(0);
    const received = new Promise<void>((resolve) => {
      tcp.on('connection', (socket) => {
        socket.on('data', (data: Buffer) => {
          hello = Buffer.concat([hello, data]);
          if (hello.includes('hooks.example.test')) resolve();
          socket.destroy();
        });
        socket.on('error', () => {});
      });
    });
    tcp.listen(0, '127.0.0.1');
    await once(tcp, 'listening');
    const { port } = tcp.address() as AddressInfo;

    try {
      const outcome = await postWebhook({
        url: `https://hooks.example.test:${port}/`,
        headers: HEADERS,
        body: BODY,
        allowLoopbackHttp: true,
        lookup: scriptedLookup(['127.0.0.1']),
      });
      await received;

      expect(outcome).toMatchObject({ ok: false, error: 'connection' });
      expect(hello[0]).toBe(0x16); // a TLS handshake record
      expect(hello.includes('hooks.example.test')).toBe(true);
    } finally {
      tcp.close();
    }
  });
});

describe('forbidden addresses', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.0.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['100.127.255.255', true],
    ['100.128.0.1', false],
    ['0.0.0.0', true],
    ['0.1.2.3', true],
    ['224.0.0.1', true],
    ['239.255.255.250', true],
    ['240.0.0.1', true],
    ['255.255.255.255', true],
    ['192.0.2.1', true],
    ['8.8.8.8', false],
    ['1.1.1.1', false],
    ['93.184.216.34', false],
    ['::', true],
    ['::1', true],
    ['fc00::1', true],
    ['fdff:ffff::1', true],
    ['fe80::1', true],
    ['fe80::1%eth0', true],
    ['febf::1', true],
    ['ff02::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:169.254.169.254', true],
    ['::ffff:8.8.8.8', false],
    ['::ffff:0808:0808', false],
    ['64:ff9b::10.0.0.1', true],
    ['64:ff9b::8.8.8.8', false],
    ['::127.0.0.1', true],
    ['2001:db8::1', true],
    ['2001:0::1', true],
    ['2002:7f00:1::1', true],
    ['2606:4700:4700::1111', false],
    ['2a00:1450:4001:81c::200e', false],
    ['localhost', true],
    ['not-an-ip', true],
    ['', true],
    ['010.0.0.1', true],
  ])('%s forbidden: %s', (ip, forbidden) => {
    expect(isForbiddenAddress(ip)).toBe(forbidden);
  });

  it('lets loopback through only when allowed, and nothing else with it', () => {
    for (const ip of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) {
      expect(isForbiddenAddress(ip, { allowLoopback: true })).toBe(false);
      expect(isLoopbackAddress(ip)).toBe(true);
    }
    for (const ip of ['10.0.0.1', '169.254.169.254', 'fd00::1', '64:ff9b::127.0.0.1', '0.0.0.0', '::']) {
      expect(isForbiddenAddress(ip, { allowLoopback: true })).toBe(true);
      expect(isLoopbackAddress(ip)).toBe(false);
    }
  });

  const octet = fc.integer({ min: 0, max: 255 });
  const inBlock = (base: number, bits: number) =>
    fc.integer({ min: 0, max: 2 ** (32 - bits) - 1 }).map((offset) => {
      const n = base + offset;
      return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
    });
  const ipv4 = (a: number, b: number, c: number, d: number) => ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
  const privateIPv4 = fc.oneof(
    inBlock(ipv4(10, 0, 0, 0), 8),
    inBlock(ipv4(172, 16, 0, 0), 12),
    inBlock(ipv4(192, 168, 0, 0), 16),
    inBlock(ipv4(127, 0, 0, 0), 8),
    inBlock(ipv4(169, 254, 0, 0), 16),
    inBlock(ipv4(100, 64, 0, 0), 10),
    inBlock(ipv4(0, 0, 0, 0), 8),
    inBlock(ipv4(224, 0, 0, 0), 3),
  );
  const publicIPv4 = fc.tuple(octet, octet, octet).map(([b, c, d]) => `8.${b}.${c}.${d}`);
  const hex = (n: number) => n.toString(16);
  const asMapped = (ip: string) => `::ffff:${ip}`;
  const asNat64 = (ip: string) => {
    const [a, b, c, d] = ip.split('.').map(Number) as [number, number, number, number];
    return `64:ff9b::${hex(a * 256 + b)}:${hex(c * 256 + d)}`;
  };

  it('include every private, loopback, link-local, CGNAT and multicast IPv4, in any IPv6 disguise', () => {
    fc.assert(
      fc.property(privateIPv4, (ip) => {
        expect(isForbiddenAddress(ip)).toBe(true);
        expect(isForbiddenAddress(asMapped(ip))).toBe(true);
        expect(isForbiddenAddress(asNat64(ip))).toBe(true);
      }),
    );
  });

  it('exclude public IPv4 (8.0.0.0/8), mapped or translated', () => {
    fc.assert(
      fc.property(publicIPv4, (ip) => {
        expect(isForbiddenAddress(ip)).toBe(false);
        expect(isForbiddenAddress(asMapped(ip))).toBe(false);
        expect(isForbiddenAddress(asNat64(ip))).toBe(false);
      }),
    );
  });

  it('include every unique-local and link-local IPv6, and exclude global unicast outside the special blocks', () => {
    const group = fc.integer({ min: 0, max: 0xffff });
    const rest = fc.array(group, { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0xfc00, max: 0xfdff }),
        fc.integer({ min: 0xfe80, max: 0xfebf }),
        fc.integer({ min: 0x2400, max: 0x2fff }),
        rest,
        (ula, link, global, tail) => {
          const address = (first: number) => [first, ...tail].map(hex).join(':');
          expect(isForbiddenAddress(address(ula))).toBe(true);
          expect(isForbiddenAddress(address(link))).toBe(true);
          expect(isForbiddenAddress(address(global))).toBe(false);
        },
      ),
    );
  });
});
