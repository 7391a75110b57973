/** The few facts about an organisation the loans domain needs. */
export interface OrganisationFacts {
  readonly id: string;
  readonly kind: 'association' | 'buyer' | 'fund';
  readonly name: string;
  readonly active?: boolean | undefined;
  readonly familyCount?: number | undefined;
  /** How to reach the organisation (the fund's worklist shows it to fund staff). */
  readonly contact?: { readonly email?: string | undefined; readonly phone?: string | undefined; readonly whatsapp?: boolean | undefined } | undefined;
}

/** How loans finds organisations: the catalog's `OrganisationRepository` satisfies it structurally. */
export interface OrganisationLookup {
  get(orgId: string): Promise<OrganisationFacts | undefined>;
}
