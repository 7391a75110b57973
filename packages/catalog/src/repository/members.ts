import { batchGetAll, transactWrite, type Page, type TransactItem } from '@ayni/store';
import { catalogKeys } from '../keys.js';
import type { MemberItem } from '../model.js';
import { versionOf } from '../versions.js';
import { CatalogTable, strip, versionedUpdate, type FieldChanges } from './table.js';

/** Members of an organisation, in its partition; the organisation counts its active members. */
export class MembersRepository extends CatalogTable {
  /** Adds a member and counts them on the organisation, atomically. */
  async addMember(member: MemberItem): Promise<void> {
    await transactWrite(this.store, [
      { Put: { TableName: this.table, Item: { ...catalogKeys.member(member.orgId, member.id), ...member }, ConditionExpression: 'attribute_not_exists(pk)' } },
      {
        Update: {
          TableName: this.table,
          Key: catalogKeys.organisation(member.orgId),
          UpdateExpression: 'ADD memberCount :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':one': 1 },
        },
      },
    ]);
  }

  getMember(orgId: string, memberId: string): Promise<MemberItem | undefined> {
    return this.get<MemberItem>(catalogKeys.member(orgId, memberId), true);
  }

  /** Members of this organisation among the ids (one BatchGetItem per 100); another organisation's members are simply absent. */
  async getMembers(orgId: string, memberIds: readonly string[]): Promise<Map<string, MemberItem>> {
    const result = await batchGetAll(
      this.store,
      [...new Set(memberIds)].map((id) => catalogKeys.member(orgId, id)),
      { consistent: true },
    );
    return new Map(result.items.map((item) => strip<MemberItem>(item)!).map((member) => [member.id, member]));
  }

  /**
   * Writes an edit of a member if it is still at `expectedVersion`; a change of `active` moves the
   * organisation's member count in the same transaction.
   */
  async saveMember(member: MemberItem, previous: MemberItem, changes: FieldChanges, expectedVersion: number): Promise<void> {
    const actions: TransactItem[] = [
      {
        Update: {
          TableName: this.table,
          ...versionedUpdate(
            catalogKeys.member(member.orgId, member.id),
            { ...changes.set, updatedAt: member.updatedAt, version: versionOf(member) },
            changes.remove,
            expectedVersion,
          ),
        },
      },
    ];
    if (member.active !== previous.active) {
      actions.push({
        Update: {
          TableName: this.table,
          Key: catalogKeys.organisation(member.orgId),
          UpdateExpression: 'ADD memberCount :delta',
          ExpressionAttributeValues: { ':delta': member.active ? 1 : -1 },
        },
      });
    }
    await this.transactVersioned('member', actions);
  }

  listMembers(orgId: string, limit: number, cursor?: string): Promise<Page<MemberItem>> {
    return this.page<MemberItem>({
      partition: { name: 'pk', value: catalogKeys.organisation(orgId).pk },
      sortPrefix: { name: 'sk', value: catalogKeys.memberPrefix },
      limit,
      cursor,
    });
  }
}
