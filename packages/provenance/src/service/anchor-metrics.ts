import { emfRecord, type Clock } from '@ayni/core';
import type { Store } from '@ayni/store';
import { AnchoringRepository } from '../repository/batches.js';
import type { AnchorChain } from './anchor-job.js';

/** The figures the anchoring alarms watch (infra/lib/observability.ts): namespace `Ayni`. */
export interface AnchoringHealth {
  /** Age of the oldest event waiting for a batch; 0 when none waits. */
  readonly AnchoringLagSeconds: number;
  /** The anchorer's balance, in wei (as a number: precise enough for an alarm threshold). */
  readonly AnchorerBalanceWei: number;
}

/** Reads the anchoring lag (one Query of one item) and the anchorer's balance (one RPC call). */
export async function anchoringHealth(deps: { store: Store; clock: Clock }, chain: AnchorChain): Promise<AnchoringHealth> {
  const [oldest, balance] = await Promise.all([
    new AnchoringRepository(deps.store).oldestPendingRecordedAt(),
    chain.signer.getAddress().then((address) => chain.provider.getBalance(address)),
  ]);
  const lagMs = oldest ? Math.max(0, deps.clock.now().getTime() - Date.parse(oldest)) : 0;
  return { AnchoringLagSeconds: Math.floor(lagMs / 1000), AnchorerBalanceWei: Number(balance) };
}

/** The anchoring figures as one CloudWatch Embedded Metric Format record (see `emfRecord` of @ayni/core). */
export function anchoringEmfRecord(namespace: string, service: string, health: AnchoringHealth, at: Date): Record<string, unknown> {
  return emfRecord(
    namespace,
    service,
    {
      AnchoringLagSeconds: { value: health.AnchoringLagSeconds, unit: 'Seconds' },
      AnchorerBalanceWei: { value: health.AnchorerBalanceWei, unit: 'None' },
    },
    at,
  );
}
