import type { DomainModule, Runtime } from '@ayni/http';
import { OrganisationRepository } from '@ayni/catalog';
import type { OrganisationLookup } from './organisations.js';
import { createLoansRouter } from './routes.js';

/** Where the loans domain finds organisations for a runtime. */
export type OrganisationSource = (runtime: Runtime) => OrganisationLookup;

/** The catalog's organisations (associations, buyers, funds), read from the runtime's table. */
export const defaultOrganisationSource: OrganisationSource = (runtime) => new OrganisationRepository(runtime.store);

export function createLoansDomain(organisations: OrganisationSource = defaultOrganisationSource): DomainModule {
  return { name: 'loans', createRouter: (runtime) => createLoansRouter(runtime, organisations(runtime)) };
}

/** The FREES revolving fund domain: funds, ledger, loans, schedules, repayments, metrics. */
export const loansDomain: DomainModule = createLoansDomain();
