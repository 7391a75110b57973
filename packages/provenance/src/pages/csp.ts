import { createHash } from 'node:crypto';

/** A CSP hash source for an inline element's exact text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Origins of http(s) URLs, each once, in order; anything else is dropped. */
export function originsOf(urls: readonly string[]): string[] {
  const origins = urls.flatMap((url) => {
    const parsed = safeHttpUrl(url);
    return parsed ? [parsed.origin] : [];
  });
  return [...new Set(origins)];
}

export function safeHttpUrl(url: unknown): URL | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The public page's policy: nothing by default; its one inline script and one inline style by
 * hash (no 'unsafe-inline'); images from us (the QR code) and from where its photos are; and
 * requests only to the public RPC origins of the lot's chain, so the script can talk to nothing else.
 */
export function pageContentSecurityPolicy(options: {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
  readonly imageOrigins: readonly string[];
  readonly connectOrigins: readonly string[];
}): string {
  const list = (sources: readonly string[]) => (sources.length > 0 ? sources.join(' ') : "'none'");
  return [
    "default-src 'none'",
    `script-src ${list(options.scripts.map(sha256Source))}`,
    `style-src ${list(options.styles.map(sha256Source))}`,
    `img-src ${list(["'self'", ...options.imageOrigins])}`,
    `connect-src ${list(options.connectOrigins)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
