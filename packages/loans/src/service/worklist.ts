import type { Page, QueryPageStats } from '@ayni/store';
import { WorklistRepository } from '../repository/worklist.js';
import type { WorklistEntry, WorklistSort } from '../worklist.js';
import type { LoansContext } from './context.js';

/** The association of a worklist row: its name and how to reach it, from its organisation record. */
export interface WorklistAssociation {
  readonly id: string;
  readonly name: string;
  readonly contact: { readonly phone?: string | undefined; readonly email?: string | undefined; readonly whatsapp?: boolean | undefined };
}

export interface WorklistRow extends WorklistEntry {
  readonly association: WorklistAssociation;
}

export interface WorklistOptions {
  readonly sort: WorklistSort;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/**
 * "Who is late?": the fund's loans in arrears, most days late (or most overdue) first, each with its
 * association's name and contact. One Query of the fund's late-loans index per page plus one read
 * per distinct association on the page: the cost follows the page, never the fund's number of loans.
 */
export async function fundWorklist(ctx: LoansContext, fundId: string, options: WorklistOptions): Promise<Page<WorklistRow> & { stats: QueryPageStats }> {
  const page = await new WorklistRepository(ctx.store).page(fundId, options);
  const ids = [...new Set(page.items.map((entry) => entry.associationId))];
  const orgs = new Map(await Promise.all(ids.map(async (id) => [id, await ctx.organisations.get(id)] as const)));
  const items = page.items.map((entry): WorklistRow => {
    const org = orgs.get(entry.associationId);
    const contact = org?.contact ?? {};
    return {
      ...entry,
      association: {
        id: entry.associationId,
        name: org?.name ?? entry.associationId,
        contact: {
          ...(contact.phone ? { phone: contact.phone } : {}),
          ...(contact.email ? { email: contact.email } : {}),
          ...(contact.whatsapp !== undefined ? { whatsapp: contact.whatsapp } : {}),
        },
      },
    };
  });
  return { items, nextCursor: page.nextCursor, stats: page.stats };
}
