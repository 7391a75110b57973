/** The few facts about an organisation the loans domain needs. */
export interface OrganisationFacts {
  readonly id: string;
  readonly kind: 'association' | 'buyer' | 'fund';
  readonly name: string;
  readonly active?: boolean | undefined;
  readonly familyCount?: number | undefined;
}

/** How loans finds organisations: the catalog's `OrganisationRepository` satisfies it structurally. */
export interface OrganisationLookup {
  get(orgId: string): Promise<OrganisationFacts | undefined>;
}
