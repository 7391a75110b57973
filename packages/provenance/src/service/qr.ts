import QRCode from 'qrcode';

/** Path of a lot's public page. */
export function pagePath(lotId: string): string {
  return `/p/${lotId}`;
}

/** GS1 Digital Link path (GTIN + batch/lot) for products that have a GTIN. */
export function digitalLinkPath(gtin: string, lotCode: string): string {
  return `/01/${encodeURIComponent(gtin)}/10/${encodeURIComponent(lotCode)}`;
}

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export function qrPng(url: string, width = 512): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width });
}
