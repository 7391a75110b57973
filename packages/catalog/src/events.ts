import { domainEvent, formatQuantity, type DomainEvent } from '@ayni/core';
import type { LotItem } from './model.js';

/**
 * The catalog's outbox (decision 0016): a lot carries its `lot.created` event under `outbox` from
 * the Put that creates it; later writes of the lot (edits, stock moved by adjustments and
 * dispatches) are UpdateItems that never touch the attribute, so the event stays as it was.
 */
export function lotCreatedEvent(lot: LotItem): DomainEvent {
  return domainEvent({
    type: 'lot.created',
    occurredAt: lot.createdAt,
    organisations: [lot.orgId],
    // seq 0: the lot's provenance events follow it from 1 on (their place in the lot's chain).
    aggregate: { type: 'lot', id: lot.id, seq: 0 },
    data: {
      lotId: lot.id,
      lotCode: lot.code,
      productId: lot.productId,
      organisationId: lot.orgId,
      // As the API says it: a decimal string of the unit.
      quantity: formatQuantity(lot.quantity),
      unit: lot.unit,
      productionDate: lot.productionDate,
    },
  });
}
