import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, isIPv4, isIPv6 } from 'node:net';

/**
 * The one way a webhook leaves our network. The URL is chosen by an integrator, so it is untrusted input
 * pointing our servers somewhere: without care it reaches the cloud metadata service (169.254.169.254),
 * our VPC, or localhost (SSRF). So: the host is resolved once, every resolved address must be public, and
 * the connection goes to that exact address (the hostname only travels as SNI and `Host`), which leaves
 * no second resolution for DNS rebinding to answer differently. Redirects are never followed (they would
 * be a second, unchecked URL). Every network outcome is a value, never a throw, so the caller records it
 * and schedules a retry.
 */

export type DeliveryError =
  | 'invalid-url'
  | 'forbidden-address'
  | 'dns'
  | 'connect-timeout'
  | 'timeout'
  | 'connection'
  | 'redirect'
  | 'too-large'
  | 'http-status';

export interface DeliveryOutcome {
  /** True exactly for a 2xx answer: the endpoint took the delivery. */
  readonly ok: boolean;
  readonly status?: number;
  /** From the call until the status line arrived (or the failure). */
  readonly latencyMs: number;
  /** The start of the response body as UTF-8 (invalid sequences replaced), for the integrator's delivery log. */
  readonly excerpt: string;
  /**
   * Body bytes read before we stopped: at most `maxResponseBytes` plus one network chunk. Always set by
   * `postWebhook`; optional so that a stand-in sender in a test need not invent it.
   */
  readonly bytesRead?: number;
  readonly error?: DeliveryError;
}

export interface ResolvedAddress {
  readonly address: string;
  readonly family: number;
}

/** Resolves every address of a hostname, as `dns.promises.lookup(host, { all: true })` does. */
export type WebhookLookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface PostWebhookInput {
  readonly url: string;
  /** The signature headers; ours (Content-Type, Content-Length, User-Agent, Host) take precedence. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Budget for the whole delivery: resolution, connection and response (default 10 s). */
  readonly timeoutMs?: number;
  /** Budget for the TCP connection alone, so an unreachable host fails fast (default 3 s). */
  readonly connectTimeoutMs?: number;
  /** Response body bytes read at most (default 64 KiB); we only keep an excerpt anyway. */
  readonly maxResponseBytes?: number;
  /** Local development only: permits loopback addresses, and plain `http:` to them. */
  readonly allowLoopbackHttp?: boolean;
  readonly lookup?: WebhookLookup;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 3_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;
export const EXCERPT_BYTES = 1024;
const MAX_HEADER_BYTES = 16 * 1024;
const USER_AGENT = 'Ayni-Webhooks/1';

// ---------------------------------------------------------------------------------------------------
// Addresses

/** A CIDR block over a 32-bit IPv4 number. */
const FORBIDDEN_IPV4: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and 255.255.255.255 broadcast
];

function ipv4ToNumber(ip: string): number {
  return ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

const FORBIDDEN_IPV4_BLOCKS = FORBIDDEN_IPV4.map(([base, bits]) => {
  const size = 2 ** (32 - bits);
  const start = ipv4ToNumber(base);
  return { start, end: start + size - 1 };
});

function isForbiddenIPv4(n: number, allowLoopback: boolean): boolean {
  if (allowLoopback && n >>> 24 === 127) return false;
  return FORBIDDEN_IPV4_BLOCKS.some(({ start, end }) => n >= start && n <= end);
}

/** The eight 16-bit groups of a valid IPv6 address (zone id dropped), an embedded dotted IPv4 included. */
function ipv6Groups(ip: string): number[] {
  const [head = '', tail] = ip.split('::') as [string, string | undefined];
  const parse = (part: string): number[] =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [Number.parseInt(group, 16)];
          const n = ipv4ToNumber(group);
          return [n >>> 16, n & 0xffff];
        });
  const left = parse(head);
  if (tail === undefined) return left;
  const right = parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

function startsWith(groups: readonly number[], prefix: readonly number[]): boolean {
  return prefix.every((group, i) => groups[i] === group);
}

function embeddedIPv4(groups: readonly number[]): number {
  return (groups[6] ?? 0) * 65536 + (groups[7] ?? 0);
}

/**
 * IPv6 is an allowlist: only global unicast (2000::/3) is reachable, minus its documentation, protocol
 * (Teredo included) and 6to4 blocks, whose embedded IPv4 we would otherwise have to trust. That covers
 * loopback, unspecified, unique-local fc00::/7, link-local fe80::/10, multicast and whatever gets assigned
 * later. IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::/96) addresses reach an IPv4 host, so they are
 * judged as that host.
 */
function isForbiddenIPv6(ip: string, allowLoopback: boolean): boolean {
  const groups = ipv6Groups(ip);
  if (startsWith(groups, [0, 0, 0, 0, 0, 0xffff])) return isForbiddenIPv4(embeddedIPv4(groups), allowLoopback);
  if (startsWith(groups, [0x64, 0xff9b, 0, 0, 0, 0])) return isForbiddenIPv4(embeddedIPv4(groups), false);
  if (allowLoopback && startsWith(groups, [0, 0, 0, 0, 0, 0, 0, 1])) return false;
  const first = groups[0] ?? 0;
  if (first >>> 13 !== 0b001) return true; // outside 2000::/3
  if (first === 0x2001 && (groups[1] ?? 0) < 0x0200) return true; // 2001::/23 IETF protocol assignments, Teredo
  if (first === 0x2001 && groups[1] === 0x0db8) return true; // documentation
  if (first === 0x2002) return true; // 6to4
  if (first === 0x3fff && (groups[1] ?? 0) < 0x1000) return true; // 3fff::/20 documentation
  return false;
}

function withoutZone(ip: string): string {
  const zone = ip.indexOf('%');
  return zone === -1 ? ip : ip.slice(0, zone);
}

/**
 * Whether a webhook may not be sent to this address. Anything that is not a valid IP address is
 * forbidden: a checker that cannot parse must not let through.
 */
export function isForbiddenAddress(ip: string, options: { allowLoopback?: boolean } = {}): boolean {
  const allowLoopback = options.allowLoopback ?? false;
  const address = withoutZone(ip);
  if (isIPv4(address)) return isForbiddenIPv4(ipv4ToNumber(address), allowLoopback);
  if (isIPv6(address)) return isForbiddenIPv6(address, allowLoopback);
  return true;
}

/** Loopback as the operating system routes it: 127/8, ::1 and their IPv4-mapped form. */
export function isLoopbackAddress(ip: string): boolean {
  const address = withoutZone(ip);
  if (isIPv4(address)) return ipv4ToNumber(address) >>> 24 === 127;
  if (!isIPv6(address)) return false;
  const groups = ipv6Groups(address);
  if (startsWith(groups, [0, 0, 0, 0, 0, 0xffff])) return embeddedIPv4(groups) >>> 24 === 127;
  return startsWith(groups, [0, 0, 0, 0, 0, 0, 0, 1]);
}

// ---------------------------------------------------------------------------------------------------
// Delivery

const defaultLookup: WebhookLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Drops a trailing incomplete UTF-8 sequence (cut by the excerpt limit) instead of showing it as U+FFFD. */
function excerptOf(chunks: readonly Buffer[]): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks).subarray(0, EXCERPT_BYTES), { stream: true });
}

function errorForStatus(status: number): DeliveryError | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status >= 300 && status < 400) return 'redirect';
  return 'http-status';
}

type Target = { readonly url: URL; readonly hostname: string; readonly address: string } | { readonly error: DeliveryError };

/** Checks the URL and picks the address to connect to, resolving at most once. */
async function targetOf(input: PostWebhookInput, deadline: Promise<'timeout'>): Promise<Target> {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return { error: 'invalid-url' };
  }
  const allowLoopback = input.allowLoopbackHttp ?? false;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowLoopback)) return { error: 'invalid-url' };
  if (url.username !== '' || url.password !== '') return { error: 'invalid-url' };
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  if (hostname === '') return { error: 'invalid-url' };

  let addresses: readonly ResolvedAddress[];
  if (isIP(hostname) !== 0) {
    addresses = [{ address: hostname, family: isIP(hostname) }];
  } else {
    try {
      const resolved = await Promise.race([(input.lookup ?? defaultLookup)(hostname), deadline]);
      if (resolved === 'timeout') return { error: 'timeout' };
      addresses = resolved;
    } catch {
      return { error: 'dns' };
    }
  }
  const [first] = addresses;
  if (first === undefined) return { error: 'dns' };
  // Any forbidden answer refuses the whole host: a name that also points inside is not an integrator's.
  if (addresses.some(({ address }) => isForbiddenAddress(address, { allowLoopback }))) return { error: 'forbidden-address' };
  if (url.protocol === 'http:' && !addresses.every(({ address }) => isLoopbackAddress(address))) return { error: 'invalid-url' };
  return { url, hostname, address: first.address };
}

/**
 * POSTs one signed delivery. The verdict is the status line: a 2xx is delivered even if the body that
 * follows is huge or slow (we stop reading at `maxResponseBytes`, or when the time budget ends), because
 * the endpoint has already said it took the event, and retrying would only deliver it twice.
 */
export async function postWebhook(input: PostWebhookInput): Promise<DeliveryOutcome> {
  const started = performance.now();
  const timeoutMs = input.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const connectTimeoutMs = input.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const maxResponseBytes = input.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const elapsed = (): number => Math.round(performance.now() - started);

  let expire: () => void = () => {};
  const deadline = new Promise<'timeout'>((resolve) => {
    expire = () => resolve('timeout');
  });
  const totalTimer = setTimeout(() => expire(), timeoutMs);
  try {
    const target = await targetOf(input, deadline);
    if ('error' in target) return { ok: false, latencyMs: elapsed(), excerpt: '', bytesRead: 0, error: target.error };
    return await send(input, target, { maxResponseBytes, connectTimeoutMs, deadline, elapsed });
  } finally {
    clearTimeout(totalTimer);
  }
}

interface SendLimits {
  readonly maxResponseBytes: number;
  readonly connectTimeoutMs: number;
  readonly deadline: Promise<'timeout'>;
  readonly elapsed: () => number;
}

function send(
  input: PostWebhookInput,
  target: { readonly url: URL; readonly hostname: string; readonly address: string },
  limits: SendLimits,
): Promise<DeliveryOutcome> {
  const { url, hostname, address } = target;
  const secure = url.protocol === 'https:';
  const body = Buffer.from(input.body);
  return new Promise<DeliveryOutcome>((resolve) => {
    let status: number | undefined;
    let latencyMs: number | undefined;
    const chunks: Buffer[] = [];
    let bytesRead = 0;
    let settled = false;

    const finish = (failure?: DeliveryError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      request.destroy();
      const error = status === undefined ? failure : errorForStatus(status);
      resolve({
        ok: status !== undefined && error === undefined,
        ...(status === undefined ? {} : { status }),
        latencyMs: latencyMs ?? limits.elapsed(),
        excerpt: excerptOf(chunks),
        bytesRead,
        ...(error === undefined ? {} : { error }),
      });
    };

    const request = (secure ? https : http).request({
      host: address,
      port: url.port === '' ? (secure ? 443 : 80) : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: 'POST',
      // SNI may not carry an IP literal; certificate checks still use `servername` or the IP.
      ...(secure && isIP(hostname) === 0 ? { servername: hostname } : {}),
      agent: false,
      maxHeaderSize: MAX_HEADER_BYTES,
      headers: {
        ...input.headers,
        host: url.host,
        'content-type': 'application/json',
        'content-length': String(body.length),
        'user-agent': USER_AGENT,
        connection: 'close',
      },
    });

    const connectTimer = setTimeout(() => finish('connect-timeout'), limits.connectTimeoutMs);
    request.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connectTimer);
      else socket.once('connect', () => clearTimeout(connectTimer));
    });
    void limits.deadline.then(() => finish('timeout'));

    request.on('response', (response: IncomingMessage) => {
      status = response.statusCode ?? 0;
      latencyMs = limits.elapsed();
      response.on('data', (chunk: Buffer) => {
        if (bytesRead < EXCERPT_BYTES) chunks.push(chunk);
        bytesRead += chunk.length;
        if (bytesRead >= limits.maxResponseBytes) finish();
      });
      response.on('end', () => finish());
      response.on('error', () => finish('connection'));
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      finish(error.code === 'HPE_HEADER_OVERFLOW' ? 'too-large' : 'connection');
    });
    request.end(body);
  });
}
