/**
 * Static files a function serves from next to its bundle, by manifest function name. Each file is
 * copied (after esbuild) into `<bundle>/<to>/`; `from` is relative to the repository root.
 * A function not listed here gets no extra files.
 */
export interface BundledFile {
  readonly from: string;
  /** Folder inside the bundle, e.g. `swagger-ui`: the Lambda reads `./swagger-ui/<file>`. */
  readonly to: string;
}

const swaggerUi = (file: string): BundledFile => ({ from: `node_modules/swagger-ui-dist/${file}`, to: 'swagger-ui' });

export const functionAssets: Readonly<Record<string, readonly BundledFile[]>> = {
  // The `/docs` page: served by us, never from a CDN (users may be offline, and so are tests).
  platform: [swaggerUi('swagger-ui.css'), swaggerUi('swagger-ui-bundle.js')],
};
