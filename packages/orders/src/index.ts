import type { DomainModule } from '@ayni/http';
import { createOrdersRouter } from './routes.js';

export * from './errors.js';
export { ordersKeys } from './keys.js';
export { TRANSITIONS } from './lifecycle.js';
export * from './model.js';
export { commit as commitTransaction, type CallMeter } from './repository/transact.js';
export { ordersRoutes, createOrdersRouter } from './routes.js';
export { backfillAgreementHeads, createAgreement, quotePrice } from './service/agreements.js';
export { addDays, systemActor, type Actor, type OrdersDeps } from './service/context.js';
export { expireOrders } from './service/expiry.js';
export { deterministicId, orderIdForRequest, placeOrder } from './service/placement.js';
export { lineTotal, resolvePrice } from './service/pricing.js';
export { withNextNumber, type NumberingStep } from './service/numbering.js';
export { getOrder, getTimeline, listLotShipments } from './service/queries.js';
export { salesReport } from './service/sales.js';
export {
  backfillStandingOrderIndex,
  changeStandingOrder,
  createStandingOrder,
  isDeliveryDate,
  runStandingOrders,
  standingOrderId,
} from './service/standing.js';
export { transition } from './service/transitions.js';
export { amountInSpanishWords, invoiceUbl, spanishWords, ublUnavailableReason } from './ubl.js';
export { seedDeliveryDates, seedOrders } from './seed.js';

/** Agreements, orders and their lifecycle, standing orders, invoices and the sales ledger. */
export const ordersDomain: DomainModule = {
  name: 'orders',
  createRouter: (runtime) => createOrdersRouter({ store: runtime.store, clock: runtime.clock, confirmationHours: runtime.config.ORDER_CONFIRMATION_HOURS }),
};
export { jobDeps, orderExpiryJob, standingOrdersJob } from './jobs.js';
