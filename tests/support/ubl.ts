import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const SCHEMAS = fileURLToPath(new URL('../fixtures/ubl-2.1/', import.meta.url));
const preload = readdirSync(`${SCHEMAS}common`).map((name) => ({ fileName: `common/${name}`, contents: readFileSync(`${SCHEMAS}common/${name}`, 'utf8') }));
const invoiceSchema = { fileName: 'maindoc/UBL-Invoice-2.1.xsd', contents: readFileSync(`${SCHEMAS}maindoc/UBL-Invoice-2.1.xsd`, 'utf8') };

/**
 * Validates a document against the OASIS UBL 2.1 Invoice schema (vendored in tests/fixtures/ubl-2.1)
 * with libxml2's xmllint (compiled to WebAssembly, so it runs wherever `npm ci` does). Returns
 * xmllint's error messages: none when the document is valid.
 */
export async function ublInvoiceErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'invoice.xml', contents: xml }], schema: [invoiceSchema], preload });
  return result.valid ? [] : result.errors.map((e) => e.message);
}
