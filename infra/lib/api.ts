import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  CfnStage,
  HttpStage,
  LogGroupLogDestination,
  type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { STAGE_THROTTLE } from '@ayni/http';
import type { RouteSpec } from '../../functions/manifest.js';

export interface ApiProps {
  readonly stage: string;
  /** Origins allowed by CORS; empty means no CORS configuration at all. */
  readonly corsOrigins: readonly string[];
  /** Issuer and audience the JWT authorizer accepts (the Cognito pool and its app client). */
  readonly jwtIssuer: string;
  readonly jwtAudience: readonly string[];
  /** Steady-state requests per second and burst for every route of the stage. */
  readonly throttle?: { readonly rateLimit: number; readonly burstLimit: number };
}

/** Fields of the JSON access log line (HTTP API `$context` variables). Never the Authorization header. */
const accessLogFields = {
  requestId: '$context.requestId',
  routeKey: '$context.routeKey',
  status: '$context.status',
  latency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  requestTime: '$context.requestTimeEpoch',
  ip: '$context.identity.sourceIp',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
} as const;

/**
 * The HTTP API: a `$default` stage with throttling and JSON access logs, and a Cognito JWT
 * authorizer that every route gets unless it is declared public in the manifest.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  private readonly jwtAuthorizer: HttpJwtAuthorizer;
  private readonly publicAuthorizer = new HttpNoneAuthorizer();
  /** Route-level throttling (the stage's `RouteSettings`), keyed by route key (`GET /v1/...`). */
  private readonly routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    this.jwtAuthorizer = new HttpJwtAuthorizer('CognitoJwt', props.jwtIssuer, {
      jwtAudience: [...props.jwtAudience],
      identitySource: ['$request.header.Authorization'],
    });

    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `ayni-${props.stage}`,
      description: `Ayni HTTP API (${props.stage})`,
      // Secure by default: a route added without an explicit authorizer needs a valid JWT.
      defaultAuthorizer: this.jwtAuthorizer,
      // Our own stage below, so that it has throttling and access logs.
      createDefaultStage: false,
      ...(props.corsOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: [...props.corsOrigins],
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT, CorsHttpMethod.PATCH, CorsHttpMethod.DELETE, CorsHttpMethod.OPTIONS],
              allowHeaders: ['authorization', 'content-type', 'idempotency-key'],
              exposeHeaders: ['location'],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });

    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH });

    const throttle = props.throttle ?? STAGE_THROTTLE;
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: throttle.rateLimit, burstLimit: throttle.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(accessLogFields)),
      },
    });
  }

  /** The base URL of the API, without a trailing slash (`https://<id>.execute-api.<region>.amazonaws.com`). */
  get endpoint(): string {
    return this.httpApi.apiEndpoint;
  }

  /**
   * One route per RouteSpec, all to one Lambda integration. The Lambda permission is scoped to this
   * API rather than to each route, so a domain with many routes gets one permission, not dozens
   * (a function's resource policy is limited to 20 KB).
   */
  addLambdaRoutes(id: string, handler: IFunction, routes: readonly RouteSpec[]): void {
    const integration = new HttpLambdaIntegration(`${id}Integration`, handler, { scopePermissionToRoute: false });
    for (const route of routes) {
      const authorizer: IHttpRouteAuthorizer = route.public ? this.publicAuthorizer : this.jwtAuthorizer;
      this.httpApi.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration, authorizer });
      if (route.throttle) {
        this.routeSettings[`${route.method} ${route.path}`] = {
          ThrottlingRateLimit: route.throttle.rateLimit,
          ThrottlingBurstLimit: route.throttle.burstLimit,
        };
        (this.stage.node.defaultChild as CfnStage).addPropertyOverride('RouteSettings', this.routeSettings);
      }
    }
  }
}
