import QRCode from 'qrcode';

/** Path of a lot's public page. */
export function pagePath(lotId: string): string {
  return `/p/${lotId}`;
}

/**
 * A GS1 key or key-qualifier value as a URI path segment (GS1 Digital Link URI syntax): letters,
 * digits, `-`, `.` and `_` stay as they are; every other character of set 82 is percent-encoded,
 * `!`, `'`, `(`, `)` and `*` included (which `encodeURIComponent` leaves).
 */
export function encodeGs1Value(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** GS1 Digital Link path of a product: `/01/{gtin14}`. */
export function productLinkPath(gtin14: string): string {
  return `/01/${gtin14}`;
}

/** GS1 Digital Link path of a lot (GTIN + batch/lot number, AI 10): `/01/{gtin14}/10/{lot}`. */
export function digitalLinkPath(gtin14: string, lotCode: string): string {
  return `${productLinkPath(gtin14)}/10/${encodeGs1Value(lotCode)}`;
}

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export function qrPng(url: string, width = 512): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width });
}
