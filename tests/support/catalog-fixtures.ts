import type { CreateOrganisationInput } from '@ayni/catalog';
import type { TestApi } from './api.js';
import { randomUUID } from 'node:crypto';

/** Sends a POST with a fresh Idempotency-Key and returns status and parsed body. */
export async function post(api: TestApi, path: string, token: string, body: unknown) {
  const res = await api.call('POST', path, { token, body, headers: { 'idempotency-key': randomUUID() } });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

export async function get(api: TestApi, path: string, token?: string) {
  const res = await api.call('GET', path, token ? { token } : {});
  return { status: res.status, body: await res.json() };
}

export async function patch(api: TestApi, path: string, token: string, body: unknown) {
  const res = await api.call('PATCH', path, { token, body });
  return { status: res.status, body: await res.json() };
}

export const sumaqProfile = {
  // Typed as the API's input, so it can be handed to the service too.
  kind: 'association' as const,
  name: 'Asociación Sumaq Ausangate',
  country: 'PE' as const,
  region: 'Cusco',
  province: 'Quispicanchi',
  district: 'Ocongate',
  languages: ['qu', 'es'] as Array<'qu' | 'es'>,
  contact: { email: 'sumaq.ausangate@example.org', phone: '+51 984 000 111', whatsapp: true },
  story: {
    mission: { es: 'Treinta familias lecheras de Ocongate elaboramos quesos andinos con leche de altura desde hace más de quince años.' },
  },
  familyCount: 30,
  taxId: { scheme: 'RUC', number: '20600000005' },
} satisfies CreateOrganisationInput;

export const quesoAndino = {
  sku: 'QUESO-ANDINO',
  name: { es: 'Queso andino fresco', qu: 'Kisu' },
  description: { es: 'Queso fresco de leche entera de vacas criadas sobre los 3 500 m.' },
  category: 'cheese',
  unit: 'kg',
  price: 2800,
  currency: 'PEN',
  minOrderQuantity: '5',
  orderMultiple: '0.5',
  leadTimeDays: 3,
} as const;

/** Creates an association with an admin token and returns both. */
export async function createAssociation(api: TestApi, rootToken: string, overrides: Record<string, unknown> = {}) {
  const res = await post(api, '/v1/orgs', rootToken, { ...sumaqProfile, ...overrides });
  if (res.status !== 201) throw new Error(`association not created: ${JSON.stringify(res.body)}`);
  const org = res.body as { id: string; name: string };
  const admin = await api.token({ sub: `admin-${org.id}`, org: org.id, roles: ['association_admin'] });
  return { org, admin };
}
