/**
 * Which Lambda serves which routes, and who may call each route at the gateway.
 * The CDK stack builds one function per entry and one HTTP API route per RouteSpec;
 * `public: false` routes get the Cognito JWT authorizer, `public: true` routes get none.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec {
  readonly method: HttpMethod;
  /** API Gateway path syntax, e.g. `/v1/orgs/{orgId}/products`. */
  readonly path: string;
  readonly public: boolean;
}

export interface LambdaSpec {
  /** Domain name, e.g. `platform`, `catalog`; also the function's logical id stem. */
  readonly name: string;
  /** Path of the handler module from the repository root, exporting `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly routes: readonly RouteSpec[];
}

export const lambdas: readonly LambdaSpec[] = [
  {
    name: 'platform',
    entry: 'functions/platform.ts',
    description: 'Health, OpenAPI document and API docs page',
    routes: [
      { method: 'GET', path: '/health', public: true },
      { method: 'GET', path: '/openapi.json', public: true },
      { method: 'GET', path: '/docs', public: true },
      { method: 'GET', path: '/docs/{asset}', public: true },
    ],
  },
];
