import { message, newId, NotFound } from '@ayni/core';
import type { Page } from '@ayni/store';
import { changedFields, mergePatch } from '../merge-patch.js';
import { MESSAGES } from '../messages.js';
import type { MemberItem } from '../model.js';
import { createMemberSchema, type UpdateMemberInput } from '../schemas.js';
import type { Precondition } from '../versions.js';
import type * as z from 'zod';
import { ANY_VERSION, edit, now, repo, requireOrganisation, type CatalogDeps } from './context.js';

export async function addMember(deps: CatalogDeps, orgId: string, input: z.input<typeof createMemberSchema>): Promise<MemberItem> {
  await requireOrganisation(deps, orgId, 'association');
  const data = createMemberSchema.parse(input);
  const at = now(deps);
  const member: MemberItem = { entity: 'Member', id: newId('mem'), orgId, ...data, active: true, version: 1, createdAt: at, updatedAt: at };
  await repo(deps).addMember(member);
  return member;
}

export async function updateMember(
  deps: CatalogDeps,
  orgId: string,
  memberId: string,
  patch: UpdateMemberInput,
  precondition: Precondition = ANY_VERSION,
): Promise<MemberItem> {
  const catalog = repo(deps);
  return edit(
    'member',
    precondition,
    () => getMember(deps, orgId, memberId),
    async (current, version) => {
      const next: MemberItem = { ...mergePatch(current, patch), version: version + 1, updatedAt: now(deps) };
      await catalog.saveMember(next, current, changedFields(next, patch), version);
      return next;
    },
  );
}

export async function getMember(deps: CatalogDeps, orgId: string, memberId: string): Promise<MemberItem> {
  const member = await repo(deps).getMember(orgId, memberId);
  if (!member) throw new NotFound(message(MESSAGES, 'catalog.member-not-found', { memberId }));
  return member;
}

export function listMembers(deps: CatalogDeps, orgId: string, limit: number, cursor?: string): Promise<Page<MemberItem>> {
  return repo(deps).listMembers(orgId, limit, cursor);
}

/** Members of the organisation among these ids, in one batch read; ids of another organisation's members are absent. */
export function getMembers(deps: CatalogDeps, orgId: string, memberIds: readonly string[]): Promise<Map<string, MemberItem>> {
  return memberIds.length === 0 ? Promise.resolve(new Map()) : repo(deps).getMembers(orgId, memberIds);
}
