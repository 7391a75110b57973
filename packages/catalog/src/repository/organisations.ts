import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll, transactWrite, type Page } from '@ayni/store';
import { catalogKeys } from '../keys.js';
import type { OrganisationItem } from '../model.js';
import type { OrganisationKind } from '../schemas.js';
import { versionOf } from '../versions.js';
import { CatalogTable, strip, type FieldChanges } from './table.js';

/** Organisations: profiles, listed by kind in name order (gsi1). */
export class OrganisationsRepository extends CatalogTable {
  async putOrganisation(org: OrganisationItem): Promise<void> {
    await transactWrite(this.store, [
      {
        Put: {
          TableName: this.table,
          Item: { ...catalogKeys.organisation(org.id), ...catalogKeys.organisationsByKind(org.kind, org.nameKey, org.id), ...org },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
  }

  getOrganisation(orgId: string, consistent = false): Promise<OrganisationItem | undefined> {
    return this.get<OrganisationItem>(catalogKeys.organisation(orgId), consistent);
  }

  /** Reads several organisations in one call (a catalog page names at most `limit` of them). */
  async getOrganisations(orgIds: readonly string[]): Promise<Map<string, OrganisationItem>> {
    return (await this.getOrganisationsCounted(orgIds)).organisations;
  }

  async getOrganisationsCounted(
    orgIds: readonly string[],
  ): Promise<{ organisations: Map<string, OrganisationItem>; calls: number; consumedReadUnits: number }> {
    const result = await batchGetAll(
      this.store,
      [...new Set(orgIds)].map((id) => catalogKeys.organisation(id)),
    );
    const organisations = new Map(result.items.map((item) => strip<OrganisationItem>(item)!).map((org) => [org.id, org]));
    return { organisations, calls: result.calls, consumedReadUnits: result.consumedReadUnits };
  }

  /**
   * Writes an edit of the profile: only the changed fields (never `memberCount`, which member
   * changes move atomically meanwhile), its name keys, `updatedAt` and the new version, if the
   * profile is still at `expectedVersion`.
   */
  async updateOrganisation(org: OrganisationItem, changes: FieldChanges, expectedVersion: number): Promise<void> {
    const set = {
      ...changes.set,
      nameKey: org.nameKey,
      gsi1sk: catalogKeys.organisationsByKind(org.kind, org.nameKey, org.id).gsi1sk,
      updatedAt: org.updatedAt,
      version: versionOf(org),
    };
    await this.updateVersioned('organisation', catalogKeys.organisation(org.id), set, changes.remove, expectedVersion);
  }

  /** Records that every active product of the association has its name-order entry. */
  async markNameOrderIndexed(orgId: string): Promise<void> {
    await this.store.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: catalogKeys.organisation(orgId),
        UpdateExpression: 'SET nameOrderIndexed = :true',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':true': true },
      }),
    );
  }

  listOrganisationsByKind(kind: OrganisationKind, limit: number, cursor?: string): Promise<Page<OrganisationItem>> {
    return this.page<OrganisationItem>({ index: 'gsi1', partition: { name: 'gsi1pk', value: catalogKeys.organisationsByKind(kind).gsi1pk }, limit, cursor });
  }
}
