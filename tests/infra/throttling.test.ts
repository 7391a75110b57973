import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ROUTE_THROTTLES, STAGE_THROTTLE } from '@ayni/http';
import { describe, expect, it } from 'vitest';
import { lambdas } from '../../functions/manifest.js';
import { AyniStack } from '../../infra/lib/ayni-stack.js';

/**
 * Route-level throttling of the HTTP API (an HTTP API has no per-caller usage plans): the stage's
 * limit for every route, lower ones as the stage's route settings for the routes that cost more
 * (CSV exports, a webhook ping that makes Ayni call another server). Checked on a real synth.
 */
const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
const resources = Template.fromStack(new AyniStack(app, 'Ayni', { stage: 'test' })).toJSON().Resources as Record<string, { Type: string; Properties: any }>;
const stages = Object.values(resources).filter((r) => r.Type === 'AWS::ApiGatewayV2::Stage');
const routeKeys = new Set(
  Object.values(resources)
    .filter((r) => r.Type === 'AWS::ApiGatewayV2::Route')
    .map((r) => r.Properties.RouteKey as string),
);
const manifestRoutes = lambdas.flatMap((spec) => spec.routes);

describe('throttling of the HTTP API', () => {
  it('limits every route of the stage', () => {
    expect(stages).toHaveLength(1);
    expect(stages[0]!.Properties.DefaultRouteSettings).toMatchObject({
      ThrottlingRateLimit: STAGE_THROTTLE.rateLimit,
      ThrottlingBurstLimit: STAGE_THROTTLE.burstLimit,
    });
  });

  it('gives every CSV export and the webhook ping their own lower limit, on routes that exist', () => {
    const settings = stages[0]!.Properties.RouteSettings as Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }>;
    const exports = manifestRoutes.filter((r) => r.path.endsWith('.csv')).map((r) => `${r.method} ${r.path}`);
    expect(exports.length).toBeGreaterThanOrEqual(7);
    for (const key of exports) {
      expect(settings[key], key).toEqual({ ThrottlingRateLimit: ROUTE_THROTTLES.export.rateLimit, ThrottlingBurstLimit: ROUTE_THROTTLES.export.burstLimit });
    }
    expect(settings['POST /v1/orgs/{orgId}/webhooks/{endpointId}/ping']).toEqual({
      ThrottlingRateLimit: ROUTE_THROTTLES.outbound.rateLimit,
      ThrottlingBurstLimit: ROUTE_THROTTLES.outbound.burstLimit,
    });
    // Every route setting names a route of the API (a setting for a route that does not exist is silently ignored).
    for (const key of Object.keys(settings)) expect(routeKeys, key).toContain(key);
    expect(Object.keys(settings).sort()).toEqual(
      manifestRoutes
        .filter((r) => r.throttle)
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    );
  });
});
