// Generated from Ayni's OpenAPI document by packages/client/scripts/generate.ts (openapi-typescript types; Idempotency-Key is optional here because the client adds it): do not edit.
// Regenerate with `npx tsx packages/client/scripts/generate.ts`; tests/client/generated.test.ts fails when this file is stale.

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness: DynamoDB and the anchoring chain answer
     * @description A dependency that this deployment does not configure (no `CHAIN_RPC_URL`: events are recorded but not anchored) is reported with `configured: false` and does not make the service unready; one that is configured and does not answer does (503). Liveness, without calling any dependency: `GET /health/live`.
     *
     *     Public: no token needed.
     */
    get: operations['health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness: the process answers (no dependency is called)
     * @description Public: no token needed.
     */
    get: operations['liveness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs/{asset}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Static files of the API docs page
     * @description Public: no token needed.
     */
    get: operations['docsAsset'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every problem the API answers, by code
     * @description Public: no token needed.
     */
    get: operations['problems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/problems/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What a problem means and what to do: the page its `type` URI names
     * @description Public: no token needed.
     */
    get: operations['problem'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register an organisation (association, buyer or fund)
     * @description Roles: platform_admin.
     */
    post: operations['createOrganisation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An organisation’s profile (private fields only for its own people)
     * @description Public: no token needed.
     */
    get: operations['getOrganisation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit an organisation’s profile
     * @description A merge patch: only the fields sent change, `null` removes an optional value. Send the `ETag` you read as `If-Match` to edit only that version (412 otherwise); without it the edit applies to the current version and concurrent edits are applied one after the other.
     *
     *     Roles: association_admin, buyer, fund_officer, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    patch: operations['updateOrganisation'];
    trace?: never;
  };
  '/v1/associations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Producer associations, by name
     * @description Public: no token needed.
     */
    get: operations['listAssociations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Members of an association (never public)
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['listMembers'];
    put?: never;
    /**
     * Register a producer member of an association
     * @description Roles: association_admin, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['addMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/members/{memberId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One member
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['getMember'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit or deactivate a member
     * @description A merge patch: only the fields sent change, `null` removes an optional value. Send the `ETag` you read as `If-Match` to edit only that version (412 otherwise); without it the edit applies to the current version and concurrent edits are applied one after the other.
     *
     *     Roles: association_admin, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    patch: operations['updateMember'];
    trace?: never;
  };
  '/v1/orgs/{orgId}/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An association’s products (inactive ones only for its own people)
     * @description Public: no token needed.
     */
    get: operations['listProducts'];
    put?: never;
    /**
     * List a product
     * @description Roles: association_admin, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['createProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/products/{productId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One product
     * @description Public: no token needed.
     */
    get: operations['getProduct'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit, deactivate or reactivate a product (stock moves only through lots and orders)
     * @description A merge patch: only the fields sent change, `null` removes an optional value. Send the `ETag` you read as `If-Match` to edit only that version (412 otherwise); without it the edit applies to the current version and concurrent edits are applied one after the other.
     *
     *     Roles: association_admin, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    patch: operations['updateProduct'];
    trace?: never;
  };
  '/v1/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The public catalog: filter by category, region or association, search words in names and descriptions
     * @description Public: no token needed.
     */
    get: operations['browseCatalog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/lots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An association’s lots, newest production first
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['listLots'];
    put?: never;
    /**
     * Record a lot (batch); its quantity becomes available stock of the product
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['createLot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/lots/{lotId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One lot with its private fields
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['getOwnLot'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Correct a lot’s expiry date, notes or producers (its quantity moves only through adjustments)
     * @description A merge patch: only the fields sent change, `null` removes an optional value. Send the `ETag` you read as `If-Match` to edit only that version (412 otherwise); without it the edit applies to the current version and concurrent edits are applied one after the other.
     *
     *     Roles: association_admin, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    patch: operations['updateLot'];
    trace?: never;
  };
  '/v1/orgs/{orgId}/lots/{lotId}/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Correct a lot’s available quantity (spoilage, samples, recount), with a reason
     * @description Roles: association_admin, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['adjustLot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/lots/{lotId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A lot as anyone who scans its code sees it
     * @description Public: no token needed.
     */
    get: operations['getPublicLot'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An association’s agreements, by buyer and start date; `expiringWithinDays` keeps those in force that end soon
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['listAgreements'];
    put?: never;
    /**
     * Sign a commercial agreement with a buyer: agreed prices, quantity tiers, validity, payment terms
     * @description Roles: association_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['createAgreement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/buyers/{buyerId}/agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A buyer’s agreements with associations; `expiringWithinDays` keeps those in force that end soon
     * @description Roles: buyer, platform_admin. Callers must belong to the organisation `{buyerId}`.
     */
    get: operations['listBuyerAgreements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/agreements/{agreementId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One agreement and its history, newest first (the association’s people, its buyer, platform staff)
     * @description Roles: buyer, association_admin, association_member, platform_admin.
     */
    get: operations['getAgreement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/agreements/{agreementId}/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Amend an agreement: add, change or remove products’ prices and tiers, extend or shorten `validTo`; answers what changed
     * @description Products not named keep their prices. Send the `ETag` you read as `If-Match` to change only that version (412 otherwise). An agreement that has ended is not changed (409 `agreement-ended`).
     *
     *     Roles: association_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['changeAgreement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/agreements/{agreementId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End an agreement: its last day of validity becomes today
     * @description Roles: association_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['endAgreement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/price-quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The unit price a buyer pays for a product of this association, and which rule won
     * @description Roles: buyer, association_admin, association_member, platform_admin.
     */
    get: operations['priceQuote'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Place an order with an association; its stock is reserved atomically
     * @description Roles: buyer.
     */
    post: operations['placeOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders/{orderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One order (its buyer, its association, platform staff)
     * @description Roles: buyer, association_admin, association_member, platform_admin.
     */
    get: operations['getOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders/{orderId}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An order’s immutable events: who did what, when and why
     * @description Roles: buyer, association_admin, association_member, platform_admin.
     */
    get: operations['getTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders/{orderId}/reorder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Order again the lines of a past order at today’s prices and rules; answers the new order and what changed
     * @description Each line keeps its quantity unless today’s minimum or multiple asks for more (raised) or the stock allows less (lowered); products withdrawn or out of stock are left out. Prices are today’s (agreement tier, agreement, catalog). `changes` says each difference in the reader’s language. When nothing can be ordered again: 422 `nothing-to-reorder`, naming the products and why (`unavailable`).
     *
     *     Roles: buyer.
     */
    post: operations['reorder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orders/{orderId}/{action}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move an order: confirm (optionally per-line accepted quantities), reject, cancel, dispatch, deliver, invoice, pay
     * @description Roles: buyer, association_admin, association_member.
     */
    post: operations['transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Orders addressed to an association, by status then requested delivery date; filters: status, deliveryFrom/deliveryTo
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['listAssociationOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/preparation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What to prepare for a delivery date or range (at most 31 days): per product the total, the orders and buyers behind it, and what falls short
     * @description Orders still to prepare: placed (awaiting confirmation) and confirmed in full or in part (their accepted quantities). `short` compares the total with what the product’s lots hold on hand. At most 500 orders are read; beyond that `complete` is false and `note` says so.
     *
     *     Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['preparation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/standing-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The association’s buyers’ standing orders (read-only), by buyer, with the deliveries each will create in the next `days` days
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['listAssociationStandingOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/buyers/{buyerId}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A buyer’s order history, newest first; filters: status, placedFrom/placedTo
     * @description Roles: buyer, platform_admin. Callers must belong to the organisation `{buyerId}`.
     */
    get: operations['listBuyerOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An association’s invoices and credit notes, by series and number
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['listDocuments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/receivables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the association’s buyers owe it: open invoices aged by days past due (current, 1-30, 31-60, 61-90, over 90), totals per currency
     * @description An invoice is open from its issue until it is paid or credit notes correct all of it; a credit note lowers what is owed.
     *
     *     Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['getReceivables'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/buyers/{buyerId}/payables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the buyer owes, to every association: open invoices aged by days past due, totals per currency
     * @description Roles: buyer, platform_admin. Callers must belong to the organisation `{buyerId}`.
     */
    get: operations['getPayables'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/invoices/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An invoice or credit note (the association’s people and the buyer it was issued to)
     * @description Roles: buyer, association_admin, association_member, platform_admin.
     */
    get: operations['getDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/invoices/{number}/print': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A printable HTML page of an invoice or credit note
     * @description Roles: buyer, association_admin, association_member, platform_admin.
     */
    get: operations['printDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/invoices/{number}/ubl': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An invoice as UBL 2.1 XML in SUNAT’s profile (factura electrónica), ready for an OSE to sign and submit
     * @description Peruvian sellers’ invoices issued with tax lines only (422 otherwise, saying why). The document leaves the `ext:UBLExtensions` slot for the signature empty: signing and submission to SUNAT through an OSE are the next step.
     *
     *     Roles: buyer, association_admin, association_member, platform_admin.
     */
    get: operations['ublDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/invoices/{number}/credit-notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Correct an invoice with a credit note (series NC01); the invoice is never edited
     * @description Roles: association_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['createCreditNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/sales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Income from delivered orders by month or by buyer, over a range of months
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['sales'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/lots/{lotId}/shipments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Which buyers received a lot, and how much (downstream trace for a recall)
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['lotShipments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/buyers/{buyerId}/standing-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A buyer’s standing orders
     * @description Roles: buyer, platform_admin. Callers must belong to the organisation `{buyerId}`.
     */
    get: operations['listStandingOrders'];
    put?: never;
    /**
     * A weekly or fortnightly standing order that the scheduled job turns into real orders
     * @description Roles: buyer. Callers must belong to the organisation `{buyerId}`.
     */
    post: operations['createStandingOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/buyers/{buyerId}/standing-orders/{standingOrderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One standing order and its latest runs
     * @description Roles: buyer, platform_admin. Callers must belong to the organisation `{buyerId}`.
     */
    get: operations['getStandingOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/buyers/{buyerId}/standing-orders/{standingOrderId}/{change}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pause, resume, or skip one delivery date (body `{ "date": "YYYY-MM-DD" }` for skip)
     * @description Roles: buyer. Callers must belong to the organisation `{buyerId}`.
     */
    post: operations['changeStandingOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/exports/orders.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An association’s orders to deliver in a date range, as CSV (one row per order, by status then delivery date)
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['exportAssociationOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/exports/sales.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An association’s sales ledger in a date range, as CSV: delivered lines, then credit notes (the income each takes off, type credit_note)
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['exportSales'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/exports/invoices.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An association’s invoices, then credit notes, issued in a date range, as CSV with tax ids and tax totals
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['exportAssociationInvoices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/buyers/{buyerId}/exports/orders.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A buyer’s orders placed in a date range, as CSV (newest first)
     * @description Roles: buyer, platform_admin. Callers must belong to the organisation `{buyerId}`.
     */
    get: operations['exportBuyerOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/buyers/{buyerId}/exports/invoices.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The invoices of a buyer’s orders placed in a date range, as CSV (a page reads `limit` orders, so it may hold fewer rows)
     * @description Roles: buyer, platform_admin. Callers must belong to the organisation `{buyerId}`.
     */
    get: operations['exportBuyerInvoices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/lots/{lotId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A lot’s events in the order they were recorded, a page at a time, with their anchoring status
     * @description Recording order (the log only grows at its end, so following `nextCursor`, or polling with the last cursor, never misses an event); each record carries its `eventTime`. The whole story in event-time order is the proof bundle, `GET /v1/lots/{lotId}/provenance`.
     *
     *     Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['listEvents'];
    put?: never;
    /**
     * Record what happened to a lot (EPCIS-style event); append-only, anchored by the next batch
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['recordEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/lots/{lotId}/lineage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Upstream tree through transformations, downstream tree, and who received the lot (recall)
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['lineage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/lots/{lotId}/provenance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Proof bundle: events with canonical JSON, salt, leaf, Merkle proof, root and on-chain anchor
     * @description Verify it without trusting us: `npx ayni-verify <this URL> --rpc <any RPC of the chain>`, which checks it against the committed deployments registry (or the trust root you pin with `--deployments`, `--contract`, `--chain-id`), the chain of events and the anchors. The bundle format is specified in docs/provenance-verification.md.
     *
     *     Public: no token needed.
     */
    get: operations['proofBundle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/lots/{lotId}/epcis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The lot’s events as an EPCIS 2.0 JSON-LD document, with the dispatches and deliveries of orders from it
     * @description Recorded events in chain order (with their anchors), then `shipping` and `receiving` events of the orders the lot was dispatched in. Which order and which buyer are shown to the order’s parties (bearer token of the association or the buyer) only.
     *
     *     Public: no token needed.
     */
    get: operations['epcis'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/epcis/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * EPCIS 2.0 event query (REST binding subset): by business step, event time and EPC class, a page at a time
     * @description Anyone may query the public events of named lots (`MATCH_anyEPCClass` or `MATCH_epc`: a lot, or all lots of a product); an association (bearer token) may list its own events by time and business step without naming lots, and sees the orders behind its dispatches and deliveries.
     *
     *     Pages: at most `perPage` events; while more remain, a `Link: <…&nextPageToken=…>; rel="next"` header points at the next page (a page may hold fewer events than `perPage`, even none, and still have a next one). Order: by event time without `MATCH_*`, else lot by lot.
     *
     *     Parameters the operation does not take (other EPCIS query parameters too) are a 400 naming them.
     *
     *     Public: no token needed.
     */
    get: operations['queryEpcisEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/lots/{lotId}/qr.svg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * QR code (SVG) of the lot’s public page (GS1 Digital Link when the product has a GTIN)
     * @description Public: no token needed.
     */
    get: operations['qrSvg'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/lots/{lotId}/qr.png': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * QR code (PNG) of the lot’s public page
     * @description Public: no token needed.
     */
    get: operations['qrPng'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/lots/{lotId}/labels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Printable A4 sheets of QR labels for the lot (HTML): 24 to a page, each with the GS1 human-readable text under its QR code
     * @description Public: no token needed.
     */
    get: operations['labels'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/p/{lotId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Public provenance page (Spanish by default; ?lang=en|qu or Accept-Language): the server’s verdict, re-checked by the browser against a public RPC
     * @description HTML, gzip or Brotli per Accept-Encoding, with a Content-Security-Policy whose connect-src is exactly the public RPC origins (CHAIN_PUBLIC_RPC_URLS) of the lot’s chain.
     *
     *     Public: no token needed.
     */
    get: operations['page'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/01/{gtin}/10/{lotCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * GS1 Digital Link of a lot: redirects to its public page (or the link type asked for), or answers its linkset
     * @description The GTIN may be given in 8, 12, 13 or 14 digits (compared in 14). The batch/lot number is the lot’s code or alias, percent-encoded as GS1 Digital Link URIs require.
     *
     *     Public: no token needed.
     */
    get: operations['digitalLink'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/01/{gtin}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * GS1 Digital Link of a product: redirects to the product in the public catalog, or answers its linkset
     * @description The GTIN may be given in 8, 12, 13 or 14 digits; one product has it across all organisations.
     *
     *     Public: no token needed.
     */
    get: operations['productDigitalLink'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Fund book: balances, trial balance, cash by origin, policy
     * @description Roles: fund_officer, fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    get: operations['getFund'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set payment allocation order and penalty policy
     * @description Roles: fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    put: operations['putPolicy'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/capital': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a donor capital contribution (Dr cash / Cr donor capital)
     * @description Roles: fund_officer, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postCapital'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/ledger/{entryId}/reversal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reverse a capital contribution recorded by mistake (a new, opposite entry)
     * @description Roles: fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postReversal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Journal entries in value-date order
     * @description Roles: fund_officer, fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    get: operations['listLedgerRoute'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/exports/ledger.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The journal as CSV for spreadsheets: a row per line (date, entry, kind, memo, account, debit, credit, loan, association), between two value dates
     * @description Bounded: `from` and `to` (value dates, both included) are required and span at most 366 days; a page holds at most `limit` rows and never splits an entry. Same access as `GET /funds/{fundId}/ledger`.
     *
     *     Roles: fund_officer, fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    get: operations['exportLedgerCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/exports/loans.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The fund's loans and applications as CSV for spreadsheets: association, status, principal, outstanding, repaid, interest and penalties paid, written off, days past due, dates
     * @description Bounded: at most `limit` loans a page, the next page in the `Link` header. Same access as `GET /funds/{fundId}/loans`.
     *
     *     Roles: fund_officer, fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    get: operations['exportLoansCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Headline figures computed from the ledger, each with its formula
     * @description Roles: fund_officer, fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    get: operations['getMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a loan application on behalf of an association
     * @description Roles: fund_officer, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postOfficerApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/loans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The fund's loans and applications
     * @description Roles: fund_officer, fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    get: operations['listFundLoansRoute'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/worklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who is late: the fund's loans in arrears with the association's name and contact, days late, what is overdue (principal, interest, penalties) and the next installment; most days late or most overdue first
     * @description Roles: fund_officer, fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    get: operations['getWorklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/loans/{loanId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A loan with its schedule
     * @description Roles: fund_officer, fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    get: operations['getFundLoan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/loans/{loanId}/evaluation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Evaluate an application: recommendation and proposed terms
     * @description Roles: fund_officer, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postEvaluation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/loans/{loanId}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve an evaluated application (maker-checker: not by whoever recorded or evaluated it; against a 'reject' recommendation only with a written `reason`)
     * @description Roles: fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postApproval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/loans/{loanId}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject an application
     * @description Roles: fund_officer, fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postRejection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/loans/{loanId}/disbursement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Disburse an approved loan from the fund cash (refused if the fund cannot cover it)
     * @description Roles: fund_officer, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postDisbursement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/loans/{loanId}/repayments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a repayment (or a recovery on a written-off loan)
     * @description Roles: fund_officer, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postRepayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/loans/{loanId}/write-off': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Propose writing off the outstanding principal (a second fund approver confirms it)
     * @description Roles: fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postWriteOff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/loans/{loanId}/write-off/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm the pending write-off (four eyes: not by its proposer nor the loan's evaluator); posts Dr write_offs / Cr loans_receivable
     * @description Roles: fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postWriteOffApproval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/loans/{loanId}/write-off/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw the pending write-off proposal (its proposer or another fund approver)
     * @description Roles: fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postWriteOffWithdrawal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/loans/{loanId}/restructuring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Propose replacing the loan by a successor carrying its outstanding principal on new terms (a second fund approver confirms it)
     * @description Roles: fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postRestructure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/loans/{loanId}/restructuring/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm the pending restructuring (four eyes: not by its proposer nor the loan's evaluator); opens the successor loan
     * @description Roles: fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postRestructureApproval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/funds/{fundId}/loans/{loanId}/restructuring/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw the pending restructuring proposal (its proposer or another fund approver)
     * @description Roles: fund_approver, platform_admin. Callers must belong to the organisation `{fundId}`.
     */
    post: operations['postRestructureWithdrawal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/loan-applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Apply for a loan to a fund
     * @description Roles: association_admin, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['postAssociationApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/loans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The association's loans and applications
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['listAssociationLoansRoute'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/loans/{loanId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One of the association's loans with its schedule
     * @description Roles: association_admin, association_member, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['getAssociationLoan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/loans/{loanId}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw a submitted application
     * @description Roles: association_admin, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['postWithdrawal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation’s webhook endpoints (at most 10)
     * @description Roles: association_admin, buyer, fund_officer, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['listWebhookEndpoints'];
    put?: never;
    /**
     * Register an endpoint that receives the organisation’s events, signed (Standard Webhooks)
     * @description The answer carries the signing secret, shown only now. Each delivery is a POST of `{id, type, timestamp, version, aggregate, data}` with the headers `webhook-id` (the event id: deduplicate by it), `webhook-timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`). Events of one aggregate carry increasing `aggregate.seq`: order by it. Failed deliveries are retried with exponential backoff for up to 3 days (8 attempts).
     *
     *     Roles: association_admin, buyer, fund_officer, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['createWebhookEndpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/webhooks/{endpointId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One webhook endpoint
     * @description Roles: association_admin, buyer, fund_officer, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['getWebhookEndpoint'];
    put?: never;
    post?: never;
    /**
     * Remove an endpoint (its pending deliveries end unsent)
     * @description Roles: association_admin, buyer, fund_officer, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    delete: operations['deleteWebhookEndpoint'];
    options?: never;
    head?: never;
    /**
     * Change an endpoint’s address, event types or description, or disable and enable it
     * @description Enabling an endpoint that Ayni disabled for failing clears its failure count.
     *
     *     Roles: association_admin, buyer, fund_officer, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    patch: operations['updateWebhookEndpoint'];
    trace?: never;
  };
  '/v1/orgs/{orgId}/webhooks/{endpointId}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace the signing secret; the previous one keeps signing beside it during the grace period
     * @description Roles: association_admin, buyer, fund_officer, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['rotateWebhookSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/webhooks/{endpointId}/ping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a signed `webhook.ping` event now and answer what the receiver said (not retried)
     * @description Roles: association_admin, buyer, fund_officer, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['pingWebhookEndpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/webhooks/{endpointId}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An endpoint’s deliveries of the last 30 days, newest first
     * @description Roles: association_admin, buyer, fund_officer, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/webhooks/{endpointId}/deliveries/{eventId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One delivery: the body as sent and every attempt (status, latency, what the receiver answered)
     * @description Roles: association_admin, buyer, fund_officer, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    get: operations['getWebhookDelivery'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/webhooks/{endpointId}/deliveries/{eventId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a delivered or failed event again, with a new round of attempts
     * @description Roles: association_admin, buyer, fund_officer, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['redeliverWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/orgs/{orgId}/webhooks/{endpointId}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send again every delivery of the events that happened in a time range (the last 30 days), oldest first
     * @description For a receiver that lost events (down longer than the retries, or restored from a backup): each delivered or failed delivery of an event in [from, to) starts a new round of attempts, 100 per call; call again with `nextCursor` for the rest. Deliveries still being tried are left as they are. Receivers deduplicate by `webhook-id` as always.
     *
     *     Roles: association_admin, buyer, fund_officer, platform_admin. Callers must belong to the organisation `{orgId}`.
     */
    post: operations['replayWebhookDeliveries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  'order.placed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * order.placed: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_order_placed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'order.confirmed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * order.confirmed: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_order_confirmed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'order.partially_confirmed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * order.partially_confirmed: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_order_partially_confirmed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'order.rejected': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * order.rejected: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_order_rejected'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'order.cancelled': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * order.cancelled: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_order_cancelled'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'order.expired': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * order.expired: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_order_expired'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'order.dispatched': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * order.dispatched: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_order_dispatched'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'order.delivered': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * order.delivered: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_order_delivered'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'order.invoiced': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * order.invoiced: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_order_invoiced'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'order.paid': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * order.paid: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_order_paid'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'invoice.issued': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * invoice.issued: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_invoice_issued'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'credit_note.issued': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * credit_note.issued: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_credit_note_issued'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'lot.created': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * lot.created: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_lot_created'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'provenance.event_recorded': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * provenance.event_recorded: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_provenance_event_recorded'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'lot.events_anchored': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * lot.events_anchored: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_lot_events_anchored'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'lot.events_finalized': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * lot.events_finalized: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_lot_events_finalized'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'loan.applied': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * loan.applied: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_loan_applied'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'loan.approved': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * loan.approved: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_loan_approved'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'loan.rejected': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * loan.rejected: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_loan_rejected'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'loan.disbursed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * loan.disbursed: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_loan_disbursed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'loan.repayment_posted': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * loan.repayment_posted: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_loan_repayment_posted'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'loan.installment_due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * loan.installment_due: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_loan_installment_due'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'loan.installment_overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * loan.installment_overdue: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_loan_installment_overdue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'loan.in_arrears': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * loan.in_arrears: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_loan_in_arrears'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'loan.written_off': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * loan.written_off: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_loan_written_off'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'webhook.ping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * webhook.ping: sent to the endpoints subscribed to it
     * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).
     */
    post: operations['webhook_webhook_ping'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    OrderEventData: {
      orderId: string;
      status: string;
      previousStatus?: string;
      associationId: string;
      buyerId: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      requestedDeliveryDate: string;
      currency: string;
      /** @description Integer minor units (céntimos) of `currency` */
      total: number;
      reason?: string;
      invoiceNumber?: string;
      /** @enum {string} */
      party: 'buyer' | 'association' | 'system';
    };
    DocumentEventData: {
      number: string;
      orderId?: string;
      associationId: string;
      buyerId: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      issueDate: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      dueDate?: string;
      currency: string;
      /** @description Integer minor units (céntimos) of `currency` */
      total: number;
      /** @description The invoice (for a credit note: the invoice it corrects) */
      invoiceNumber?: string;
    };
    LotCreatedEventData: {
      lotId: string;
      lotCode: string;
      productId: string;
      organisationId: string;
      /** @description Decimal, in `unit` */
      quantity: string;
      unit: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      productionDate: string;
    };
    ProvenanceEventData: {
      lotId: string;
      eventId: string;
      eventType: string;
      bizStep?: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      eventTime: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      recordedAt: string;
    };
    LotAnchoringEventData: {
      lotId: string;
      batchId: string;
      /** @description The first of the lot’s events the batch holds (its place in the lot’s chain) */
      fromSeq: number;
      /** @description The last of them (also `aggregate.seq`) */
      toSeq: number;
      /** @description How many of the lot’s events the batch holds */
      events: number;
      chainId: number;
      contract: string;
      txHash: string;
      blockNumber: number;
      /**
       * Format: date-time
       * @description The anchoring block’s time
       * @example 2026-11-20T15:04:05.000Z
       */
      anchoredAt: string;
      /**
       * Format: date-time
       * @description `lot.events_finalized`: when the block was seen final
       * @example 2026-11-20T15:04:05.000Z
       */
      finalizedAt?: string;
    };
    LoanEventData: {
      loanId: string;
      fundId: string;
      associationId: string;
      status: string;
      currency: string;
      /** @description Integer minor units (céntimos) of `currency` */
      principal: number;
      /** @description What the transition moved (applied for, approved, disbursed, repaid, written off), what is overdue (`loan.in_arrears`, `loan.installment_overdue`), or what the installment asks (`loan.installment_due`) */
      amount: number;
      /** @description Principal still owed, after a disbursement, repayment or write-off */
      outstanding?: number;
      /** @description `loan.installment_due`: the installment’s number */
      installment?: number;
      /**
       * Format: date
       * @description `loan.installment_due`: when it is due
       * @example 2026-11-20
       */
      dueDate?: string;
    };
    PingEventData: {
      endpointId: string;
      url: string;
    };
    Health: {
      /** @enum {string} */
      status: 'ok' | 'degraded';
      checks: {
        dynamodb: {
          ok: boolean;
        } & {
          [key: string]: unknown;
        };
        chain: {
          ok: boolean;
        } & {
          [key: string]: unknown;
        };
      };
      version: string;
    };
    Liveness: {
      /** @enum {string} */
      status: 'live';
      version: string;
    };
    Problem: {
      /**
       * Format: uri
       * @description The address of a page explaining the problem: `<API base URL>/problems/<code>`.
       * @example https://api.ayni.example/problems/validation-failed
       */
      type: string;
      /**
       * @description Stable, machine-readable code of the problem: switch on this.
       * @example validation-failed
       */
      code: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      requestId?: string;
      /** @description For validation failures: one entry per failing field, named by its path. */
      errors?: {
        path: string;
        message: string;
        code?: string;
      }[];
    };
    Organisation: {
      id: string;
      /** @enum {string} */
      kind: 'association' | 'buyer' | 'fund';
      name: string;
      /** @enum {string} */
      country: 'PE' | 'BO';
      region: string;
      province?: string;
      district?: string;
      languages: ('es' | 'qu' | 'ay' | 'awa' | 'en')[];
      story?: components['schemas']['Story'];
      familyCount?: number;
      /** @description Active producer members registered */
      memberCount: number;
      photos: string[];
      certifications: {
        name: string;
        issuer?: string;
        /** Format: date */
        validUntil?: string;
      }[];
      brand?: {
        name: string;
        /** @example INDECOPI */
        registry?: string;
        registrationNumber?: string;
      };
      /** @description Whether its prices include the sales tax (IGV, IVA) */
      pricesIncludeTax: boolean;
      active: boolean;
      contact?: {
        /** Format: email */
        email?: string;
        phone?: string;
        whatsapp?: boolean;
      };
      taxId?: {
        /** @enum {string} */
        scheme: 'RUC' | 'NIT';
        number: string;
      };
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      updatedAt: string;
    };
    Story: {
      history?: {
        es: string;
        en?: string;
        qu?: string;
      };
      mission?: {
        es: string;
        en?: string;
        qu?: string;
      };
      /** @description Who the producers are */
      producers?: {
        es: string;
        en?: string;
        qu?: string;
      };
    };
    /**
     * @example {
     *       "kind": "association",
     *       "name": "Asociación de Productores Lácteos Sumaq Ausangate",
     *       "country": "PE",
     *       "region": "Cusco",
     *       "province": "Quispicanchi",
     *       "district": "Ocongate",
     *       "languages": [
     *         "qu",
     *         "es"
     *       ],
     *       "contact": {
     *         "phone": "+51 984 100 200",
     *         "whatsapp": true
     *       },
     *       "story": {
     *         "history": {
     *           "es": "Desde hace más de quince años, treinta familias lecheras de Ocongate, al pie del nevado Ausangate, juntan la leche de cada mañana para elaborar quesos andino, madurado, tipo paria y mozzarella."
     *         },
     *         "mission": {
     *           "es": "Elaboramos quesos de leche de altura con buenas prácticas y precio justo, para que las familias de Ocongate vivan de su trabajo sin dejar su tierra.",
     *           "qu": "Ausangate orqopa chakinpi kimsa chunka ayllukuna sumaq quesota ruranchik."
     *         },
     *         "producers": {
     *           "es": "Treinta familias quechuahablantes de Ocongate, Marcapata y Tinke, con vacas criadas sobre los 3 800 m."
     *         }
     *       },
     *       "familyCount": 30,
     *       "photos": [
     *         "https://media.ayni.example/sumaq-ausangate/quesera-ocongate.jpg"
     *       ],
     *       "certifications": [
     *         {
     *           "name": "Registro sanitario DIGESA",
     *           "issuer": "DIGESA",
     *           "validUntil": "2028-06-30"
     *         }
     *       ],
     *       "brand": {
     *         "name": "Sumaq Ausangate",
     *         "registry": "INDECOPI",
     *         "registrationNumber": "00298765"
     *       },
     *       "taxId": {
     *         "scheme": "RUC",
     *         "number": "20602183956"
     *       },
     *       "pricesIncludeTax": true
     *     }
     */
    CreateOrganisation: {
      /** @enum {string} */
      kind: 'association' | 'buyer' | 'fund';
      name: string;
      /** @enum {string} */
      country: 'PE' | 'BO';
      /** @example Cusco */
      region: string;
      province?: string;
      district?: string;
      /**
       * @default [
       *       "es"
       *     ]
       */
      languages?: ('es' | 'qu' | 'ay' | 'awa' | 'en')[];
      contact?: {
        /** Format: email */
        email?: string;
        phone?: string;
        whatsapp?: boolean;
      };
      story?: components['schemas']['Story'];
      /** @description Families the association groups */
      familyCount?: number;
      /** @default [] */
      photos?: string[];
      /** @default [] */
      certifications?: {
        name: string;
        issuer?: string;
        /** Format: date */
        validUntil?: string;
      }[];
      brand?: {
        name: string;
        /** @example INDECOPI */
        registry?: string;
        registrationNumber?: string;
      };
      taxId?: components['schemas']['TaxId'];
      /**
       * @description Whether the catalog and agreed prices include the sales tax (IGV in Peru, IVA in Bolivia); invoices then split it out, else add it
       * @default true
       */
      pricesIncludeTax?: boolean;
    };
    /**
     * @example {
     *       "scheme": "RUC",
     *       "number": "20602183956"
     *     }
     */
    TaxId: {
      /** @enum {string} */
      scheme: 'RUC' | 'NIT';
      number: string;
    };
    PublicOrganisation: {
      id: string;
      /** @enum {string} */
      kind: 'association' | 'buyer' | 'fund';
      name: string;
      /** @enum {string} */
      country: 'PE' | 'BO';
      region: string;
      province?: string;
      district?: string;
      languages: ('es' | 'qu' | 'ay' | 'awa' | 'en')[];
      story?: components['schemas']['Story'];
      familyCount?: number;
      /** @description Active producer members registered */
      memberCount: number;
      photos: string[];
      certifications: {
        name: string;
        issuer?: string;
        /** Format: date */
        validUntil?: string;
      }[];
      brand?: {
        name: string;
        /** @example INDECOPI */
        registry?: string;
        registrationNumber?: string;
      };
      /** @description Whether its prices include the sales tax (IGV, IVA) */
      pricesIncludeTax: boolean;
      active: boolean;
    };
    /**
     * @description A merge patch (RFC 7396): only the fields sent change. Objects merge member by member (a story keeps the sections and languages not sent); arrays replace the whole list; `null` removes an optional field, a section or a language’s text. Required fields and Spanish (`es`) texts cannot be removed.
     * @example {
     *       "familyCount": 32,
     *       "contact": {
     *         "email": "ventas@sumaqausangate.pe",
     *         "whatsapp": null
     *       },
     *       "story": {
     *         "producers": {
     *           "qu": "Ocongate, Marcapata, Tinke llaqtakunamanta kimsa chunka iskayniyuq ayllukuna."
     *         }
     *       }
     *     }
     */
    UpdateOrganisation: {
      name?: string;
      /** @enum {string} */
      country?: 'PE' | 'BO';
      region?: string;
      province?: string | null;
      district?: string | null;
      /** @description Replaces the list (at least one language) */
      languages?: ('es' | 'qu' | 'ay' | 'awa' | 'en')[];
      /** @description Merges field by field; `null` removes a field, or the whole contact */
      contact?: {
        /** Format: email */
        email?: string | null;
        phone?: string | null;
        whatsapp?: boolean | null;
      } | null;
      story?: components['schemas']['StoryPatch'];
      familyCount?: number | null;
      /** @description Replaces the list; `[]` empties it */
      photos?: string[];
      /** @description Replaces the list; `[]` empties it */
      certifications?: {
        name: string;
        issuer?: string;
        /** Format: date */
        validUntil?: string;
      }[];
      /** @description Merges field by field; `null` removes the brand */
      brand?: {
        name?: string;
        registry?: string | null;
        registrationNumber?: string | null;
      } | null;
      /** @description Merges: `{ "number": "…" }` keeps the scheme; `null` removes the tax id. The result must be a valid RUC (Peru) or NIT (Bolivia) */
      taxId?: {
        /** @enum {string} */
        scheme?: 'RUC' | 'NIT';
        number?: string;
      } | null;
      pricesIncludeTax?: boolean;
    };
    /** @description Each section sent merges language by language; `null` removes a section, `{ "en": null }` one language of it. */
    StoryPatch: {
      history?: {
        es?: string;
        /** @description `null` removes the English text */
        en?: string | null;
        /** @description `null` removes the Quechua text */
        qu?: string | null;
      } | null;
      mission?: {
        es?: string;
        /** @description `null` removes the English text */
        en?: string | null;
        /** @description `null` removes the Quechua text */
        qu?: string | null;
      } | null;
      producers?: {
        es?: string;
        /** @description `null` removes the English text */
        en?: string | null;
        /** @description `null` removes the Quechua text */
        qu?: string | null;
      } | null;
    } | null;
    AssociationPage: {
      items: components['schemas']['PublicOrganisation'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    Member: {
      id: string;
      orgId: string;
      name: string;
      community: string;
      /** @enum {string} */
      role: 'president' | 'vice_president' | 'treasurer' | 'secretary' | 'member' | 'other';
      phone?: string;
      documentId?: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      joinedOn?: string;
      active: boolean;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      updatedAt: string;
    };
    /**
     * @example {
     *       "name": "Justina Quispe Mamani",
     *       "community": "Ocongate",
     *       "role": "president",
     *       "phone": "+51 984 100 201",
     *       "documentId": "43852617",
     *       "joinedOn": "2009-03-14"
     *     }
     */
    CreateMember: {
      name: string;
      /** @example Ocongate */
      community: string;
      /**
       * @default member
       * @enum {string}
       */
      role?: 'president' | 'vice_president' | 'treasurer' | 'secretary' | 'member' | 'other';
      phone?: string;
      documentId?: string;
      /** Format: date */
      joinedOn?: string;
    };
    MemberPage: {
      items: components['schemas']['Member'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    /**
     * @description A merge patch (RFC 7396): only the fields sent change. Objects merge member by member (a story keeps the sections and languages not sent); arrays replace the whole list; `null` removes an optional field, a section or a language’s text. Required fields and Spanish (`es`) texts cannot be removed.
     * @example {
     *       "role": "treasurer",
     *       "phone": "+51 974 221 305",
     *       "documentId": null
     *     }
     */
    UpdateMember: {
      name?: string;
      community?: string;
      /** @enum {string} */
      role?: 'president' | 'vice_president' | 'treasurer' | 'secretary' | 'member' | 'other';
      phone?: string | null;
      documentId?: string | null;
      /** Format: date */
      joinedOn?: string | null;
      /** @description false deactivates the member (no longer counted, no longer a producer of new lots) */
      active?: boolean;
    };
    Product: {
      id: string;
      orgId: string;
      sku: string;
      name: {
        es: string;
        en?: string;
        qu?: string;
      };
      description: {
        es: string;
        en?: string;
        qu?: string;
      };
      /** @enum {string} */
      category:
        | 'cheese'
        | 'dairy'
        | 'maize'
        | 'grains'
        | 'tubers'
        | 'cacao'
        | 'coffee'
        | 'fruit'
        | 'honey'
        | 'textiles'
        | 'alpaca_fibre'
        | 'crafts'
        | 'ceramics'
        | 'leather'
        | 'furniture'
        | 'instruments'
        | 'other';
      /** @enum {string} */
      unit: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
      /** @description Price per unit of sale, in integer minor units of `currency` (céntimos, centavos) */
      price: number;
      /** @enum {string} */
      currency: 'PEN' | 'BOB' | 'USD';
      /**
       * @description Exact decimal quantity in the unit of sale
       * @example 12.5
       */
      minOrderQuantity: string;
      /**
       * @description Exact decimal quantity in the unit of sale
       * @example 12.5
       */
      orderMultiple: string;
      /**
       * @description Available now: the sum of the lots’ available quantities
       * @example 12.5
       */
      stock: string;
      leadTimeDays: number;
      active: boolean;
      photos: string[];
      gtin?: string;
      tax: components['schemas']['ProductTax'];
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      updatedAt: string;
    };
    /**
     * @description Replaced whole on an edit
     * @example {
     *       "treatment": "exonerated",
     *       "reason": "Apéndice I del TUO de la Ley del IGV: papas frescas (0701.90.00)"
     *     }
     */
    ProductTax:
      | {
          /** @enum {string} */
          treatment: 'taxed';
        }
      | {
          /** @enum {string} */
          treatment: 'exonerated' | 'unaffected';
          reason: string;
        };
    /**
     * @example {
     *       "sku": "QUESO-PARIA",
     *       "unit": "kg",
     *       "name": {
     *         "es": "Queso tipo paria",
     *         "en": "Paria-style cheese",
     *         "qu": "Kisu"
     *       },
     *       "description": {
     *         "es": "Queso semiduro tradicional del sur andino, de leche entera de Ocongate; ideal para freír o acompañar choclo.",
     *         "en": "Traditional semi-hard cheese of the southern Andes, made with whole milk from Ocongate."
     *       },
     *       "category": "cheese",
     *       "price": 3200,
     *       "currency": "PEN",
     *       "minOrderQuantity": "2",
     *       "orderMultiple": "0.5",
     *       "leadTimeDays": 3,
     *       "active": true,
     *       "photos": [
     *         "https://media.ayni.example/sumaq-ausangate/queso-paria.jpg"
     *       ],
     *       "gtin": "7750000000014"
     *     }
     */
    CreateProduct: {
      sku: string;
      /** @enum {string} */
      unit: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
      name: {
        es: string;
        en?: string;
        qu?: string;
      };
      description: {
        es: string;
        en?: string;
        qu?: string;
      };
      /** @enum {string} */
      category:
        | 'cheese'
        | 'dairy'
        | 'maize'
        | 'grains'
        | 'tubers'
        | 'cacao'
        | 'coffee'
        | 'fruit'
        | 'honey'
        | 'textiles'
        | 'alpaca_fibre'
        | 'crafts'
        | 'ceramics'
        | 'leather'
        | 'furniture'
        | 'instruments'
        | 'other';
      /** @description Price per unit of sale, in integer minor units of `currency` (céntimos, centavos) */
      price: number;
      /**
       * @description Currency of `price` (ISO 4217)
       * @enum {string}
       */
      currency: 'PEN' | 'BOB' | 'USD';
      /**
       * @description Decimal quantity in the unit of sale
       * @example 2.5
       */
      minOrderQuantity?: string;
      /**
       * @description Decimal quantity in the unit of sale
       * @example 2.5
       */
      orderMultiple?: string;
      /** @default 2 */
      leadTimeDays?: number;
      /** @default true */
      active?: boolean;
      /** @default [] */
      photos?: string[];
      /** @description GTIN-8, -12, -13 or -14; stored and answered as 14 digits (left-padded with zeros). One product has it, across all organisations. */
      gtin?: string;
      tax?: components['schemas']['ProductTax'];
    };
    /**
     * @description A merge patch (RFC 7396): only the fields sent change. Objects merge member by member (a story keeps the sections and languages not sent); arrays replace the whole list; `null` removes an optional field, a section or a language’s text. Required fields and Spanish (`es`) texts cannot be removed.
     * @example {
     *       "price": 3400,
     *       "leadTimeDays": 2,
     *       "description": {
     *         "en": null
     *       }
     *     }
     */
    UpdateProduct: {
      /** @description Merges language by language; Spanish cannot be removed */
      name?: {
        es?: string;
        /** @description `null` removes the English text */
        en?: string | null;
        /** @description `null` removes the Quechua text */
        qu?: string | null;
      };
      /** @description Merges language by language; Spanish cannot be removed */
      description?: {
        es?: string;
        /** @description `null` removes the English text */
        en?: string | null;
        /** @description `null` removes the Quechua text */
        qu?: string | null;
      };
      /** @enum {string} */
      category?:
        | 'cheese'
        | 'dairy'
        | 'maize'
        | 'grains'
        | 'tubers'
        | 'cacao'
        | 'coffee'
        | 'fruit'
        | 'honey'
        | 'textiles'
        | 'alpaca_fibre'
        | 'crafts'
        | 'ceramics'
        | 'leather'
        | 'furniture'
        | 'instruments'
        | 'other';
      /** @description Price per unit of sale; `currency` is kept unless sent, in integer minor units of `currency` (céntimos, centavos) */
      price?: number;
      /**
       * @description Currency of `price`; `null` is refused
       * @enum {string}
       */
      currency?: 'PEN' | 'BOB' | 'USD';
      /**
       * @description Decimal quantity in the unit of sale
       * @example 2.5
       */
      minOrderQuantity?: string;
      /**
       * @description Decimal quantity in the unit of sale
       * @example 2.5
       */
      orderMultiple?: string;
      leadTimeDays?: number;
      active?: boolean;
      /** @description Replaces the list; `[]` empties it */
      photos?: string[];
      /** @description `null` removes the GTIN */
      gtin?: string | null;
      tax?: components['schemas']['ProductTax'] & unknown;
    };
    ProductPage: {
      items: components['schemas']['Product'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    CatalogPage: {
      items: components['schemas']['CatalogItem'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    CatalogItem: {
      product: {
        id: string;
        orgId: string;
        sku: string;
        name: {
          es: string;
          en?: string;
          qu?: string;
        };
        description: {
          es: string;
          en?: string;
          qu?: string;
        };
        /** @enum {string} */
        category:
          | 'cheese'
          | 'dairy'
          | 'maize'
          | 'grains'
          | 'tubers'
          | 'cacao'
          | 'coffee'
          | 'fruit'
          | 'honey'
          | 'textiles'
          | 'alpaca_fibre'
          | 'crafts'
          | 'ceramics'
          | 'leather'
          | 'furniture'
          | 'instruments'
          | 'other';
        /** @enum {string} */
        unit: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
        /** @description Price per unit of sale, in integer minor units of `currency` (céntimos, centavos) */
        price: number;
        /** @enum {string} */
        currency: 'PEN' | 'BOB' | 'USD';
        /**
         * @description Exact decimal quantity in the unit of sale
         * @example 12.5
         */
        minOrderQuantity: string;
        /**
         * @description Exact decimal quantity in the unit of sale
         * @example 12.5
         */
        orderMultiple: string;
        /**
         * @description Available now: the sum of the lots’ available quantities
         * @example 12.5
         */
        stock: string;
        leadTimeDays: number;
        active: boolean;
        photos: string[];
        gtin?: string;
        tax: components['schemas']['ProductTax'];
      };
      association: {
        id: string;
        name: string;
        region: string;
        familyCount?: number;
        /** @description The first lines of the association’s story */
        storyExcerpt?: string;
      };
    };
    Lot: {
      id: string;
      orgId: string;
      productId: string;
      code?: string;
      /** @description The batch/lot number (GS1 AI 10) in the lot’s Digital Link when it is not `code`: an alias given when the code is absent, longer than 20 characters, or already used by another lot of the GTIN. */
      linkCode?: string;
      /** @enum {string} */
      unit: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
      /**
       * @description Exact decimal quantity in the unit of sale
       * @example 12.5
       */
      quantity: string;
      /**
       * @description Exact decimal quantity in the unit of sale
       * @example 12.5
       */
      available: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      productionDate: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      expiryDate?: string;
      producerIds: string[];
      producerCount: number;
      communities: string[];
      notes?: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description Time of the last edit, if any
       * @example 2026-11-20T15:04:05.000Z
       */
      updatedAt?: string;
    };
    /**
     * @example {
     *       "productId": "prd_01JD43QP4R1A8M6N2K7T9V3W5X",
     *       "code": "QUESO-PARIA-014",
     *       "quantity": "42.5",
     *       "productionDate": "2026-11-14",
     *       "expiryDate": "2026-12-29",
     *       "producerIds": [
     *         "mem_01JD44JQM2V7K3N8P5R9T6W4XA",
     *         "mem_01JD44VHC5M8K2N7P3R6T9W4XB"
     *       ],
     *       "notes": "Leche del ordeño de la mañana de Ocongate y Tinke; prensado de 12 horas."
     *     }
     */
    CreateLot: {
      /** @example prd_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
      productId: string;
      /** @description The association’s own lot code. For a product with a GTIN it is the lot’s batch/lot number (GS1 AI 10) in its Digital Link: at most 20 characters, used once per GTIN (409 `lot-code-taken`). */
      code?: string;
      /**
       * @description Decimal quantity in the unit of sale
       * @example 2.5
       */
      quantity: string;
      /** Format: date */
      productionDate: string;
      /** Format: date */
      expiryDate?: string;
      /** @default [] */
      producerIds?: string[];
      notes?: string;
    };
    LotPage: {
      items: components['schemas']['Lot'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    /**
     * @description A merge patch (RFC 7396): only the fields sent change. Objects merge member by member (a story keeps the sections and languages not sent); arrays replace the whole list; `null` removes an optional field, a section or a language’s text. Required fields and Spanish (`es`) texts cannot be removed. The quantity moves only through adjustments; the product, code and production date cannot change.
     * @example {
     *       "expiryDate": "2026-12-20",
     *       "producerIds": [
     *         "mem_01JD44JQM2V7K3N8P5R9T6W4XA",
     *         "mem_01JD44VHC5M8K2N7P3R6T9W4XB"
     *       ],
     *       "notes": null
     *     }
     */
    UpdateLot: {
      /**
       * Format: date
       * @description `null` removes it
       */
      expiryDate?: string | null;
      /** @description Replaces the list: new producers must be active members; a producer deactivated since may stay */
      producerIds?: string[];
      /** @description `null` removes them */
      notes?: string | null;
    };
    /**
     * @example {
     *       "delta": "-1.5",
     *       "reason": "sample",
     *       "note": "Muestras para la cata con el restaurante Chicha, Cusco"
     *     }
     */
    CreateLotAdjustment: {
      /**
       * @description Change of the available quantity (negative removes)
       * @example -1.5
       */
      delta: string;
      /** @enum {string} */
      reason: 'spoilage' | 'sample' | 'recount' | 'loss' | 'return' | 'other';
      note?: string;
    };
    PublicLotView: {
      lot: components['schemas']['PublicLot'];
      product: components['schemas']['Product'];
      association: components['schemas']['PublicOrganisation'];
    };
    PublicLot: {
      id: string;
      orgId: string;
      productId: string;
      code?: string;
      /** @description The batch/lot number (GS1 AI 10) in the lot’s Digital Link when it is not `code`: an alias given when the code is absent, longer than 20 characters, or already used by another lot of the GTIN. */
      linkCode?: string;
      /** @enum {string} */
      unit: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
      /**
       * @description Exact decimal quantity in the unit of sale
       * @example 12.5
       */
      quantity: string;
      /**
       * @description Exact decimal quantity in the unit of sale
       * @example 12.5
       */
      available: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      productionDate: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      expiryDate?: string;
      producerCount: number;
      communities: string[];
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description Time of the last edit, if any
       * @example 2026-11-20T15:04:05.000Z
       */
      updatedAt?: string;
    };
    Agreement: {
      id: string;
      associationId: string;
      buyerId: string;
      /** @enum {string} */
      currency: 'PEN' | 'BOB' | 'USD';
      /**
       * Format: date
       * @description First day the agreed prices apply
       * @example 2026-11-20
       */
      validFrom: string;
      /**
       * Format: date
       * @description Last day the agreed prices apply; absent: open-ended
       * @example 2026-11-20
       */
      validTo?: string;
      /**
       * @description prepaid, on delivery, or net 7/15/30 days after the invoice
       * @enum {string}
       */
      paymentTerms: 'prepaid' | 'on_delivery' | 'net_7' | 'net_15' | 'net_30';
      prices: {
        productId: string;
        price: number;
        tiers: {
          /**
           * @description Exact decimal quantity in the unit of sale
           * @example 12.5
           */
          minQuantity: string;
          price: number;
        }[];
      }[];
      notes?: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      updatedAt?: string;
      /** @description Also the ETag (`"3"`); 0 for agreements signed before versions */
      version: number;
      /**
       * @description On today’s date
       * @enum {string}
       */
      status: 'upcoming' | 'in_force' | 'ended';
      /** @description Days from today to the last day of validity (0: ends today); absent when open-ended or ended */
      expiresInDays?: number;
    };
    /**
     * @example {
     *       "buyerId": "org_01JD41C8M3P6R9T2V5X8Z1B4D7",
     *       "currency": "PEN",
     *       "validFrom": "2026-11-24",
     *       "validTo": "2027-05-31",
     *       "paymentTerms": "net_15",
     *       "prices": [
     *         {
     *           "productId": "prd_01JD3Z9Q4X8V6T2M1N0P5R7S9W",
     *           "price": 2800,
     *           "tiers": [
     *             {
     *               "minQuantity": "20",
     *               "price": 2600
     *             }
     *           ]
     *         },
     *         {
     *           "productId": "prd_01JD3ZA2B5C8D1E4F7G0H3J6K9",
     *           "price": 4200,
     *           "tiers": []
     *         }
     *       ],
     *       "notes": "Queso andino fresco a S/ 28.00 el kg, S/ 26.00 desde 20 kg por pedido; entregas los martes en la cocina del restaurante."
     *     }
     */
    CreateAgreement: {
      /** @example org_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
      buyerId: string;
      /** @enum {string} */
      currency: 'PEN' | 'BOB' | 'USD';
      /** Format: date */
      validFrom: string;
      /** Format: date */
      validTo?: string;
      /**
       * @description prepaid, on delivery, or net 7/15/30 days after the invoice
       * @enum {string}
       */
      paymentTerms: 'prepaid' | 'on_delivery' | 'net_7' | 'net_15' | 'net_30';
      prices: {
        /** @example prd_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
        productId: string;
        /** @description Agreed unit price */
        price: number;
        /** @default [] */
        tiers?: {
          /**
           * @description Decimal quantity in the unit of sale
           * @example 2.5
           */
          minQuantity: string;
          /** @description Unit price from this quantity on */
          price: number;
        }[];
      }[];
      notes?: string;
    };
    AgreementPage: {
      items: components['schemas']['Agreement'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    BuyerAgreementPage: {
      items: components['schemas']['Agreement'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    AgreementDetail: {
      agreement: components['schemas']['Agreement'];
      /** @description Newest first, one page */
      history: {
        items: components['schemas']['AgreementHistoryEntry'][];
        nextCursor?: string;
      };
    };
    AgreementHistoryEntry: {
      /** @description The agreement version this entry produced */
      seq: number;
      /** @enum {string} */
      type: 'signed' | 'amended' | 'ended';
      changes: components['schemas']['AgreementChange'][];
      actor: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      at: string;
      reason?: string;
    };
    /** @description One thing a change altered: a product’s price (absent old: added; absent new: removed), or validTo (absent: open-ended) */
    AgreementChange: {
      /** @enum {string} */
      kind: 'price_added' | 'price_changed' | 'price_removed' | 'valid_to_changed';
      productId?: string;
      oldPrice?: number;
      newPrice?: number;
      oldTiers?: {
        /**
         * @description Exact decimal quantity in the unit of sale
         * @example 12.5
         */
        minQuantity: string;
        price: number;
      }[];
      newTiers?: {
        /**
         * @description Exact decimal quantity in the unit of sale
         * @example 12.5
         */
        minQuantity: string;
        price: number;
      }[];
      /**
       * Format: date
       * @example 2026-11-20
       */
      oldValidTo?: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      newValidTo?: string;
    };
    /** @description The agreement after the change and what changed (empty: nothing differed, nothing was written) */
    AgreementChangeResult: {
      agreement: components['schemas']['Agreement'];
      changes: components['schemas']['AgreementChange'][];
    };
    /**
     * @example {
     *       "prices": [
     *         {
     *           "productId": "prd_01JD3Z9Q4X8V6T2M1N0P5R7S9W",
     *           "price": 2700,
     *           "tiers": [
     *             {
     *               "minQuantity": "20",
     *               "price": 2500
     *             }
     *           ]
     *         }
     *       ],
     *       "remove": [
     *         "prd_01JD3ZA2B5C8D1E4F7G0H3J6K9"
     *       ],
     *       "validTo": "2027-08-31",
     *       "reason": "Nueva campaña de quesos: precio del fresco rebajado, el madurado se vende a precio de catálogo."
     *     }
     */
    ChangeAgreement: {
      /** @description Products whose price (and tiers) to add or replace; products not named keep theirs */
      prices?: {
        /** @example prd_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
        productId: string;
        /** @description Agreed unit price */
        price: number;
        /** @default [] */
        tiers?: {
          /**
           * @description Decimal quantity in the unit of sale
           * @example 2.5
           */
          minQuantity: string;
          /** @description Unit price from this quantity on */
          price: number;
        }[];
      }[];
      /** @description Products whose agreed price to remove (they fall back to an older agreement or the catalog) */
      remove?: string[];
      /**
       * Format: date
       * @description New last day of validity (extend or shorten; not before today); null: open-ended
       */
      validTo?: string | null;
      reason?: string;
    };
    /**
     * @example {
     *       "reason": "El restaurante cierra por temporada baja."
     *     }
     */
    EndAgreement: {
      reason?: string;
    };
    PriceQuote: {
      associationId: string;
      buyerId: string;
      productId: string;
      /**
       * @description Exact decimal quantity in the unit of sale
       * @example 12.5
       */
      quantity: string;
      /** @enum {string} */
      unit: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
      /** @enum {string} */
      currency: 'PEN' | 'BOB' | 'USD';
      unitPrice: number;
      /** @description unitPrice × quantity, rounded half-up to the minor unit */
      lineTotal: number;
      /**
       * @description Which rule won: agreement tier, agreement price, or catalog price
       * @enum {string}
       */
      rule: 'tier' | 'agreement' | 'catalog';
      agreementId?: string;
      /**
       * @description Exact decimal quantity in the unit of sale
       * @example 12.5
       */
      tierMinQuantity?: string;
      catalogPrice: number;
      explanation: string;
    };
    Order: {
      id: string;
      associationId: string;
      buyerId: string;
      /** @enum {string} */
      status: 'placed' | 'confirmed' | 'partially_confirmed' | 'rejected' | 'cancelled' | 'expired' | 'dispatched' | 'delivered' | 'invoiced' | 'paid';
      /** @enum {string} */
      currency: 'PEN' | 'BOB' | 'USD';
      lines: {
        line: number;
        productId: string;
        sku: string;
        name: string;
        /** @enum {string} */
        unit: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
        /**
         * @description Ordered
         * @example 12.5
         */
        quantity: string;
        /**
         * @description Accepted by the association
         * @example 12.5
         */
        accepted?: string;
        /**
         * @description Standing orders: what the template asked for
         * @example 12.5
         */
        requested?: string;
        unitPrice: number;
        /** @enum {string} */
        priceRule: 'tier' | 'agreement' | 'catalog';
        /**
         * @description Exact decimal quantity in the unit of sale
         * @example 12.5
         */
        tierMinQuantity?: string;
        lineTotal: number;
        lots?: {
          lotId: string;
          /**
           * @description Exact decimal quantity in the unit of sale
           * @example 12.5
           */
          quantity: string;
          /**
           * Format: date
           * @example 2026-11-20
           */
          productionDate: string;
        }[];
      }[];
      /** @description Sum of the line totals, minor units */
      total: number;
      /**
       * Format: date
       * @example 2026-11-20
       */
      requestedDeliveryDate: string;
      delivery: components['schemas']['Delivery'];
      notes?: string;
      /**
       * @description prepaid, on delivery, or net 7/15/30 days after the invoice
       * @enum {string}
       */
      paymentTerms: 'prepaid' | 'on_delivery' | 'net_7' | 'net_15' | 'net_30';
      agreementId?: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      placedAt: string;
      /**
       * Format: date-time
       * @description A placed order not confirmed by then expires and releases its stock
       * @example 2026-11-20T15:04:05.000Z
       */
      confirmBy: string;
      standing?: {
        templateId: string;
        /**
         * Format: date
         * @example 2026-11-20
         */
        deliveryDate: string;
        /** @enum {string} */
        policy: 'short_ship' | 'skip';
        shortShipped: {
          productId: string;
          /**
           * @description Exact decimal quantity in the unit of sale
           * @example 12.5
           */
          requested: string;
          /**
           * @description Exact decimal quantity in the unit of sale
           * @example 12.5
           */
          placed: string;
        }[];
      };
      invoiceNumber?: string;
      buyer?: components['schemas']['BuyerCard'];
      version: number;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      updatedAt: string;
    };
    Delivery:
      | {
          /** @enum {string} */
          kind: 'pickup';
        }
      | {
          /** @enum {string} */
          kind: 'delivery';
          address: string;
        };
    /** @description When the association (or platform staff) reads the order: the buyer’s name and contact, as in its profile today */
    BuyerCard: {
      id: string;
      name: string;
      contact?: {
        email?: string;
        phone?: string;
        whatsapp?: boolean;
      };
    };
    /**
     * @example {
     *       "associationId": "org_01JD3Z9Q4X8V6T2M1N0P5R7S9W",
     *       "lines": [
     *         {
     *           "productId": "prd_01JD3Z9Q4X8V6T2M1N0P5R7S9W",
     *           "quantity": "12.5"
     *         },
     *         {
     *           "productId": "prd_01JD3ZA2B5C8D1E4F7G0H3J6K9",
     *           "quantity": "4"
     *         }
     *       ],
     *       "requestedDeliveryDate": "2026-11-24",
     *       "delivery": {
     *         "kind": "delivery",
     *         "address": "República del Pisco, calle Plateros, centro del Cusco (puerta de servicio)"
     *       },
     *       "notes": "Entregar antes de las 10:00 y preguntar por la cocina; el queso fresco en moldes de 1 kg."
     *     }
     */
    PlaceOrder: {
      /** @example org_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
      associationId: string;
      lines: {
        /** @example prd_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
        productId: string;
        /**
         * @description Decimal quantity in the unit of sale
         * @example 2.5
         */
        quantity: string;
      }[];
      /** Format: date */
      requestedDeliveryDate: string;
      delivery: components['schemas']['Delivery'];
      notes?: string;
    };
    OrderTimeline: {
      order: components['schemas']['Order'];
      events: components['schemas']['OrderEvent'][];
    };
    OrderEvent: {
      seq: number;
      type: string;
      /** @enum {string} */
      from?: 'placed' | 'confirmed' | 'partially_confirmed' | 'rejected' | 'cancelled' | 'expired' | 'dispatched' | 'delivered' | 'invoiced' | 'paid';
      /** @enum {string} */
      to: 'placed' | 'confirmed' | 'partially_confirmed' | 'rejected' | 'cancelled' | 'expired' | 'dispatched' | 'delivered' | 'invoiced' | 'paid';
      actor: string;
      /** @enum {string} */
      party: 'buyer' | 'association' | 'system';
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      at: string;
      reason?: string;
      details?: {
        [key: string]: unknown;
      };
    };
    /** @description The new order and what differs from the past one (empty: the same lines at the same prices) */
    ReorderResult: {
      order: components['schemas']['Order'];
      reorderOf: string;
      changes: {
        /** @enum {string} */
        kind: 'price_changed' | 'raised_to_minimum' | 'rounded_to_multiple' | 'reduced_to_stock' | 'withdrawn' | 'out_of_stock';
        productId: string;
        name: string;
        /** @description price_changed: unit price, minor units; quantity kinds: the quantity */
        from?: number | string;
        to?: number | string;
        /** @description What changed, in the reader’s language */
        message: string;
      }[];
    };
    /**
     * @example {
     *       "requestedDeliveryDate": "2026-12-01"
     *     }
     */
    Reorder: {
      /**
       * Format: date
       * @description Default: today plus the longest lead time of the products ordered again (at least 1 day)
       */
      requestedDeliveryDate?: string;
      delivery?: components['schemas']['Delivery'] & unknown;
      /** @description Default: the past order’s */
      notes?: string;
    };
    OrderTransition: {
      /** @description Why: required when the association rejects or cancels; kept in the order’s timeline */
      reason?: string;
      /** @description confirm only: per-line accepted quantities (lines not named are accepted in full; 0 declines a line) */
      lines?: {
        line: number;
        /**
         * @description Decimal quantity in the unit of sale
         * @example 2.5
         */
        accepted: string;
      }[];
      /** @description pay: payment reference (bank operation, receipt) */
      reference?: string;
    };
    AssociationOrderPage: {
      items: components['schemas']['Order'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    Preparation: {
      associationId: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      from: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      to: string;
      /** @description Orders to prepare in the range: placed (awaiting confirmation) and confirmed */
      orderCount: number;
      /** @description False when the range held more orders or lots than one list reads: then `note` says so */
      complete: boolean;
      note?: string;
      products: {
        productId: string;
        sku: string;
        /** @description In the reader’s language when the product has it */
        name: string;
        /** @enum {string} */
        unit: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
        /**
         * @description To deliver: accepted quantities of confirmed orders plus ordered ones of placed orders
         * @example 12.5
         */
        totalQuantity: string;
        /**
         * @description Exact decimal quantity in the unit of sale
         * @example 12.5
         */
        confirmed: string;
        /**
         * @description Exact decimal quantity in the unit of sale
         * @example 12.5
         */
        awaitingConfirmation: string;
        /**
         * @description In the product’s lots, not yet shipped (what these orders reserved included)
         * @example 12.5
         */
        onHand: string;
        /**
         * @description Sellable beyond every open order
         * @example 12.5
         */
        stock: string;
        /**
         * @description How much the lots on hand fall short of the total; "0": enough
         * @example 12.5
         */
        short: string;
        orders: {
          orderId: string;
          /** @enum {string} */
          status: 'placed' | 'confirmed' | 'partially_confirmed' | 'rejected' | 'cancelled' | 'expired' | 'dispatched' | 'delivered' | 'invoiced' | 'paid';
          /**
           * Format: date
           * @example 2026-11-20
           */
          requestedDeliveryDate: string;
          buyerId: string;
          buyerName: string;
          /**
           * @description Exact decimal quantity in the unit of sale
           * @example 12.5
           */
          quantity: string;
        }[];
      }[];
    };
    AssociationStandingOrderPage: {
      /**
       * Format: date
       * @example 2026-11-20
       */
      from: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      to: string;
      items: {
        standingOrder: components['schemas']['StandingOrder'];
        buyer: components['schemas']['BuyerCard'];
        lines: {
          productId: string;
          name: string;
          /** @enum {string} */
          unit?: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
          /**
           * @description Exact decimal quantity in the unit of sale
           * @example 12.5
           */
          quantity: string;
        }[];
        /** @description Delivery dates from `from` to `to` (none while paused); skipped: the buyer skipped it */
        nextDeliveries: {
          /**
           * Format: date
           * @example 2026-11-20
           */
          date: string;
          skipped: boolean;
        }[];
      }[];
      nextCursor?: string;
    };
    StandingOrder: {
      id: string;
      buyerId: string;
      associationId: string;
      /** @enum {string} */
      frequency: 'weekly' | 'fortnightly';
      /** @description ISO weekday: 1 Monday … 7 Sunday */
      weekday: number;
      /**
       * Format: date
       * @description First delivery date
       * @example 2026-11-20
       */
      startDate: string;
      lines: {
        productId: string;
        /**
         * @description Exact decimal quantity in the unit of sale
         * @example 12.5
         */
        quantity: string;
      }[];
      delivery: components['schemas']['Delivery'];
      notes?: string;
      /** @enum {string} */
      policy: 'short_ship' | 'skip';
      active: boolean;
      /** @description Delivery dates the buyer skipped */
      skipDates: string[];
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      updatedAt: string;
    };
    BuyerOrderPage: {
      items: components['schemas']['Order'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    InvoiceDocumentPage: {
      items: components['schemas']['InvoiceDocument'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    InvoiceDocument: {
      /** @enum {string} */
      kind: 'invoice' | 'credit_note';
      number: string;
      series: string;
      sequence: number;
      orderId: string;
      seller: {
        id: string;
        name: string;
        taxId?: {
          /** @enum {string} */
          scheme: 'RUC' | 'NIT';
          number: string;
        };
        region?: string;
        /** @enum {string} */
        country?: 'PE' | 'BO';
      };
      buyer: {
        id: string;
        name: string;
        taxId?: {
          /** @enum {string} */
          scheme: 'RUC' | 'NIT';
          number: string;
        };
        region?: string;
        /** @enum {string} */
        country?: 'PE' | 'BO';
      };
      /** @enum {string} */
      currency: 'PEN' | 'BOB' | 'USD';
      lines: {
        description: string;
        productId?: string;
        /**
         * @description Exact decimal quantity in the unit of sale
         * @example 12.5
         */
        quantity?: string;
        /** @enum {string} */
        unit?: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
        unitPrice?: number;
        /** @description The line at the seller’s stated prices (tax included or not, as `taxes.pricesIncludeTax` says), minor units */
        amount: number;
        tax?: {
          /** @enum {string} */
          treatment: 'taxed' | 'exonerated' | 'unaffected';
          rateBps: number;
          /** @description Taxable base of the line (valor de venta), minor units */
          base: number;
          tax: number;
          total: number;
          /** @description The legal basis of an exemption */
          reason?: string;
        };
      }[];
      /** @description What the buyer pays, tax included, minor units: the sum of the lines’ `tax.total` */
      total: number;
      /** @description Invoices issued since fiscal data exists; absent on credit notes (they state the amount credited) */
      taxes?: {
        /** @enum {string} */
        name: 'IGV' | 'IVA';
        /** @description The general rate in basis points (1800 = 18%) */
        rateBps: number;
        pricesIncludeTax: boolean;
        /**
         * @description Each line’s base and tax are rounded half up to the minor unit; totals are their sums
         * @enum {string}
         */
        rounding: 'per-line-half-up';
        /** @description Taxable base (operaciones gravadas), minor units */
        taxed: number;
        /** @description Exonerated sales (operaciones exoneradas), minor units */
        exonerated: number;
        /** @description Unaffected sales (operaciones inafectas), minor units */
        unaffected: number;
        /** @description The tax (IGV, IVA), minor units */
        tax: number;
        total: number;
      };
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      issuedAt: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      issueDate: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      dueDate: string;
      /**
       * @description prepaid, on delivery, or net 7/15/30 days after the invoice
       * @enum {string}
       */
      paymentTerms: 'prepaid' | 'on_delivery' | 'net_7' | 'net_15' | 'net_30';
      corrects?: string;
      reason?: string;
    };
    AgeingReport: {
      /**
       * Format: date
       * @example 2026-11-20
       */
      asOf: string;
      /** @description False when there were more than 2,000 open invoices: the report covers the first 2,000 */
      complete: boolean;
      totals: {
        /** @enum {string} */
        currency: 'PEN' | 'BOB' | 'USD';
        /** @description All that is owed in the currency (never added across currencies) */
        open: number;
        /** @description The part of it past due */
        overdue: number;
        invoices: number;
        buckets: {
          current: number;
          '1-30': number;
          '31-60': number;
          '61-90': number;
          'over-90': number;
        };
      }[];
      /** @description Oldest due date first */
      invoices: components['schemas']['AgedInvoice'][];
      /** @description What the totals say, in the reader’s language */
      summary: string;
    };
    AgedInvoice: {
      number: string;
      associationId: string;
      associationName: string;
      buyerId: string;
      buyerName: string;
      orderId: string;
      /** @enum {string} */
      currency: 'PEN' | 'BOB' | 'USD';
      /** @description The invoice’s total (integer minor units) */
      total: number;
      /** @description What credit notes took off it */
      credited: number;
      /** @description What is still owed of it */
      open: number;
      /**
       * Format: date
       * @example 2026-11-20
       */
      issueDate: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      dueDate: string;
      /** @description Days past the due date on `asOf` (0: not yet due, or due that day) */
      daysOverdue: number;
      /** @enum {string} */
      bucket: 'current' | '1-30' | '31-60' | '61-90' | 'over-90';
    };
    /**
     * @example {
     *       "reason": "Llegaron 2 kg de queso andino fresco con la cadena de frío rota; se devolvieron.",
     *       "amount": 5600
     *     }
     */
    CreateCreditNote: {
      reason: string;
      /** @description Amount credited; default what remains to credit on the invoice */
      amount?: number;
    };
    SalesReport: {
      associationId: string;
      /**
       * @description First month of the range, YYYY-MM
       * @example 2026-09
       */
      from: string;
      /**
       * @description Last month of the range, YYYY-MM
       * @example 2026-11
       */
      to: string;
      /** @enum {string} */
      groupBy: 'month' | 'buyer';
      rows: {
        /**
         * @description The month, YYYY-MM
         * @example 2026-11
         */
        month?: string;
        buyerId?: string;
        /** @description groupBy buyer: the buyer’s name */
        buyerName?: string;
        /** @enum {string} */
        currency: 'PEN' | 'BOB' | 'USD';
        /** @description Net income, minor units: delivered minus credit notes issued in the period */
        amount: number;
        /** @description Delivered lines */
        lines: number;
        /** @description Delivered orders */
        orders: number;
        /** @description Sum of the credit notes issued in the period (already taken off amount) */
        credited: number;
        /** @description How many credit notes were issued in the period */
        creditNotes: number;
      }[];
      totals: {
        /** @enum {string} */
        currency: 'PEN' | 'BOB' | 'USD';
        /** @description Net income */
        amount: number;
      }[];
    };
    LotShipmentPage: {
      items: components['schemas']['LotShipment'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    LotShipment: {
      lotId: string;
      orderId: string;
      line: number;
      buyerId: string;
      productId: string;
      /**
       * @description Exact decimal quantity in the unit of sale
       * @example 12.5
       */
      quantity: string;
      /** @enum {string} */
      unit: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
      /**
       * Format: date
       * @description Day of dispatch (UTC)
       * @example 2026-11-20
       */
      date: string;
    };
    /**
     * @example {
     *       "associationId": "org_01JD3Z9Q4X8V6T2M1N0P5R7S9W",
     *       "frequency": "weekly",
     *       "startDate": "2026-11-24",
     *       "lines": [
     *         {
     *           "productId": "prd_01JD3Z9Q4X8V6T2M1N0P5R7S9W",
     *           "quantity": "10"
     *         }
     *       ],
     *       "delivery": {
     *         "kind": "delivery",
     *         "address": "República del Pisco, calle Plateros, centro del Cusco (puerta de servicio)"
     *       },
     *       "notes": "Cada martes para el menú de la semana; avisar por WhatsApp si no hay queso fresco.",
     *       "policy": "short_ship"
     *     }
     */
    CreateStandingOrder: {
      /** @example org_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
      associationId: string;
      /** @enum {string} */
      frequency: 'weekly' | 'fortnightly';
      /**
       * Format: date
       * @description First delivery date; its weekday is the delivery weekday
       */
      startDate: string;
      lines: {
        /** @example prd_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
        productId: string;
        /**
         * @description Decimal quantity in the unit of sale
         * @example 2.5
         */
        quantity: string;
      }[];
      delivery: components['schemas']['Delivery'];
      notes?: string;
      /**
       * @description When stock is short: ship what there is, or skip that delivery
       * @enum {string}
       */
      policy: 'short_ship' | 'skip';
    };
    StandingOrderPage: {
      items: components['schemas']['StandingOrder'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    StandingOrderDetail: {
      standingOrder: components['schemas']['StandingOrder'];
      runs: components['schemas']['StandingOrderRun'][];
    };
    StandingOrderRun: {
      templateId: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      deliveryDate: string;
      /** @enum {string} */
      outcome: 'placed' | 'short_shipped' | 'skipped_stock' | 'skipped_by_buyer' | 'failed';
      orderId?: string;
      detail?: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      at: string;
    };
    ProvenanceEvent: {
      record: components['schemas']['ProvenanceRecord'];
      recordHash: string;
      /** @enum {string} */
      status: 'pending' | 'included' | 'finalized';
      batchId?: string;
      /**
       * Format: date-time
       * @description Time of the block that included the batch
       * @example 2026-11-20T15:04:05.000Z
       */
      anchoredAt?: string;
    };
    ProvenanceRecord: {
      /**
       * @description Absent on records of format 1 (before the chain of events), which keep verifying
       * @enum {string}
       */
      format?: 'ayni-event/2';
      /** @description Position of the event in its lot’s chain: 1, 2, 3, … (format 2) */
      seq?: number;
      /** @description recordHash of the lot’s event `seq - 1`; null for the first (format 2). It makes an omitted, reordered or inserted event detectable */
      prev?: string | null;
      /**
       * @description The lot’s last event: its chain is sealed
       * @enum {boolean}
       */
      final?: true;
      /** @description Format 2: what the public page says about the lot, its product and its association when the event was recorded (lot code, dates, communities, number of producers; product name and GTIN; association name, region and the hash of its story), hashed and anchored with the event */
      subject?: {
        [key: string]: unknown;
      };
      id: string;
      lotId: string;
      orgId: string;
      /**
       * @description harvest/collection (milk, fleece, cacao), transformation (input lots → this lot), quality_check, certification, packing, shipping (to a buyer)
       * @enum {string}
       */
      type: 'harvest' | 'collection' | 'transformation' | 'quality_check' | 'certification' | 'packing' | 'shipping';
      bizStep: string;
      /**
       * Format: date-time
       * @description When it happened, in UTC; the offset it was sent with is `eventTimeZoneOffset`
       * @example 2026-11-20T15:04:05.000Z
       */
      eventTime: string;
      /**
       * @description The UTC offset of the event time as it was sent
       * @example -05:00
       */
      eventTimeZoneOffset: string;
      /**
       * Format: date-time
       * @description When the platform recorded it (set by the system)
       * @example 2026-11-20T15:04:05.000Z
       */
      recordedAt: string;
      recordedByRole: string;
      what: {
        [key: string]: unknown;
      };
      where: {
        [key: string]: unknown;
      };
      who: {
        [key: string]: unknown;
      };
      why: {
        [key: string]: unknown;
      };
      quality?: {
        [key: string]: unknown;
      };
      certification?: {
        [key: string]: unknown;
      };
      shipment?: {
        [key: string]: unknown;
      };
      corrects?: string;
    };
    CreateProvenanceEvent: {
      /**
       * @description harvest/collection (milk, fleece, cacao), transformation (input lots → this lot), quality_check, certification, packing, shipping (to a buyer)
       * @enum {string}
       */
      type: 'harvest' | 'collection' | 'transformation' | 'quality_check' | 'certification' | 'packing' | 'shipping';
      /**
       * Format: date-time
       * @description When it happened (may be days before it is recorded)
       * @example 2026-11-02T06:30:00-05:00
       */
      eventTime: string;
      /** @default {} */
      what?: {
        /** @example 120.5 */
        quantity?: string;
        /** @enum {string} */
        unit?: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
        description?: string;
        /** @description transformation: the input lots and how much of each went into this lot */
        inputs?: {
          /** @example lot_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
          lotId: string;
          /** @example 120.5 */
          quantity: string;
          /** @enum {string} */
          unit: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
        }[];
      };
      where: {
        /** @description Where it happened, e.g. "Centro de acopio de Pinchimuro" */
        place: string;
        community?: string;
        district?: string;
        region?: string;
        geo?: {
          lat: number;
          lng: number;
        };
      };
      /** @default {} */
      who?: {
        memberIds?: string[];
        /** @description e.g. "acopiadora", "quesero", "inspector SENASA" */
        role?: string;
      };
      /** @default {} */
      why?: {
        /** @enum {string} */
        disposition?: 'active' | 'in_progress' | 'conformant' | 'non_conformant' | 'in_transit' | 'sellable';
        note?: string;
      };
      quality?: {
        check: string;
        /** @enum {string} */
        result: 'pass' | 'fail';
        measurements?: {
          [key: string]: string;
        };
        inspector?: string;
      };
      certification?: {
        name: string;
        issuer: string;
        certificateId?: string;
        /** Format: date */
        validUntil?: string;
      };
      shipment?: {
        /** @example org_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
        buyerId?: string;
        buyerName: string;
        orderId?: string;
        destination?: string;
        /** @example 120.5 */
        quantity: string;
        /** @enum {string} */
        unit: 'kg' | 'unit' | 'dozen' | 'litre' | 'metre';
      };
      /** @description The event this one corrects (events are append-only) */
      corrects?: string;
      /**
       * @description Seals the lot: this is its last event (the lot is sold out, dispatched or used up). Nothing can be recorded on the lot after it, and a verifier can then say its story is complete.
       * @enum {boolean}
       */
      final?: true;
    };
    ProvenanceEventList: {
      items: components['schemas']['ProvenanceEvent'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    Lineage: {
      lotId: string;
      upstream: components['schemas']['LineageNode'];
      downstream: components['schemas']['LineageNode'];
      /** @description Who received this lot or any lot made from it (recall) */
      recipients: components['schemas']['LotRecipient'][];
    };
    LineageNode: {
      lotId: string;
      /** @description The transformation event linking this lot to its parent */
      viaEventId?: string;
      quantity?: string;
      unit?: string;
      /** @description LineageNode items */
      children: {
        [key: string]: unknown;
      }[];
    };
    LotRecipient: {
      lotId: string;
      /** @enum {string} */
      source: 'shipping_event' | 'order_shipment';
      buyerId?: string;
      buyerName?: string;
      orderId?: string;
      quantity?: string;
      unit?: string;
      /**
       * Format: date
       * @description The calendar day it was shipped: the order line’s dispatch day, or the shipping event’s day where it was recorded (its own time zone)
       * @example 2026-11-20
       */
      date?: string;
      /**
       * Format: date-time
       * @description shipping_event only: the event’s instant (its `eventTime`, UTC)
       * @example 2026-11-20T15:04:05.000Z
       */
      shippedAt?: string;
    };
    ProofBundle: {
      /** @enum {string} */
      format: 'ayni-proof-bundle/2';
      hashScheme: string;
      /** @description Every event of the bundle is of this lot and organisation (committed in each record) */
      subject: {
        lotId: string;
        orgId: string;
      };
      /** @description The lot’s chain of events as this server holds it */
      chain: {
        length: number;
        /** @description recordHash of the last event of the chain */
        head: string | null;
        sealed: boolean;
      };
      /**
       * @description The server’s own check: mismatch when any record no longer matches its hash or the chain is broken; pending while events await anchoring
       * @enum {string}
       */
      verdict: 'verified' | 'mismatch' | 'pending';
      completeness: components['schemas']['ProvenanceCompleteness'];
      masterData: components['schemas']['ProvenanceMasterData'];
      trust?: components['schemas']['ProvenanceTrust'];
      lot: {
        [key: string]: unknown;
      };
      product: {
        [key: string]: unknown;
      };
      association: {
        [key: string]: unknown;
      };
      events: components['schemas']['ProofBundleEvent'][];
      /** @description Every event matches and is anchored */
      verified: boolean;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      generatedAt: string;
    };
    ProvenanceCompleteness: {
      /** @description The chain is complete and anchored up to this event (seq); 0 when none is anchored yet */
      upTo: number;
      /** @description Events in the lot’s chain as this server knows it */
      of: number;
      /**
       * Format: date-time
       * @description Time of the block that anchored event `upTo`
       * @example 2026-11-20T15:04:05.000Z
       */
      anchoredAt?: string;
      /** @description The chain ends with a final event that is anchored: nothing was or can be added after it */
      sealed: boolean;
      /** @description Events of format 1, recorded before the chain existed: each verifies, but their omission could not be detected */
      legacy: number;
    };
    ProvenanceMasterData: {
      /** @description The anchored event whose `subject` the current facts were compared with (the latest that verifies); null when none is anchored */
      asOfEvent: number | null;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      anchoredAt?: string;
      /** @description Facts shown today that are exactly as anchored */
      verified: (
        | 'lot.code'
        | 'lot.productionDate'
        | 'lot.expiryDate'
        | 'lot.communities'
        | 'lot.producerCount'
        | 'product.name'
        | 'product.gtin'
        | 'association.name'
        | 'association.region'
        | 'association.storyHash'
      )[];
      /** @description Facts edited since they were anchored: the page marks them not verified */
      changed: (
        | 'lot.code'
        | 'lot.productionDate'
        | 'lot.expiryDate'
        | 'lot.communities'
        | 'lot.producerCount'
        | 'product.name'
        | 'product.gtin'
        | 'association.name'
        | 'association.region'
        | 'association.storyHash'
      )[];
      /** @description Facts with no anchored record yet */
      unverified: (
        | 'lot.code'
        | 'lot.productionDate'
        | 'lot.expiryDate'
        | 'lot.communities'
        | 'lot.producerCount'
        | 'product.name'
        | 'product.gtin'
        | 'association.name'
        | 'association.region'
        | 'association.storyHash'
      )[];
    };
    ProvenanceTrust: {
      chainId: number;
      chainName: string;
      /** @description The AyniAnchor contract; compare it with the committed deployments registry */
      contract: string;
      /** @description Where the committed deployments registry lists this contract */
      registryUrl?: string;
    };
    ProofBundleEvent: {
      record: components['schemas']['ProvenanceRecord'];
      /** @description RFC 8785 serialisation of `record`, the exact bytes hashed */
      canonical: string;
      salt: string;
      /** @description keccak256(salt ‖ utf8(canonical)) as committed when recorded */
      recordHash: string;
      /** @description StandardMerkleTree leaf of recordHash */
      leaf: string;
      proof: string[];
      /** @enum {string} */
      status: 'pending' | 'included' | 'finalized';
      /** @description Recomputed now by the server: the stored record still hashes to recordHash and the proof reaches the root */
      matches: boolean;
      anchor?: components['schemas']['Anchor'];
    };
    Anchor: {
      chainId: number;
      chainName: string;
      contract: string;
      anchorer: string;
      batchId: string;
      seq: number;
      root: string;
      count: number;
      txHash: string;
      blockNumber: number;
      /**
       * Format: date-time
       * @description Time of the block that included the batch
       * @example 2026-11-20T15:04:05.000Z
       */
      blockTime?: string;
      gasUsed?: string;
      /** @enum {string} */
      status: 'included' | 'finalized';
      explorerUrl?: string;
    };
    /**
     * @description An EPCIS 2.0 `EPCISQueryDocument` (JSON-LD; it validates against GS1’s EPCIS 2.0 JSON Schema): `creationDate` (date-time) and the events in `epcisBody.queryResults.resultsBody.eventList`. Ayni’s extensions are in the `ayni:` namespace (docs/provenance.md, “EPCIS”).
     * @example {
     *       "@context": [
     *         "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
     *         {
     *           "ayni": "https://ayni.dev/epcis/"
     *         }
     *       ],
     *       "type": "EPCISQueryDocument",
     *       "schemaVersion": "2.0",
     *       "creationDate": "2026-11-20T15:00:00.000Z",
     *       "epcisBody": {
     *         "queryResults": {
     *           "queryName": "SimpleEventQuery",
     *           "resultsBody": {
     *             "eventList": [
     *               {
     *                 "type": "ObjectEvent",
     *                 "eventID": "urn:uuid:2f0a6f6c-9d47-5a2e-8b1a-3c4d5e6f7a8b",
     *                 "eventTime": "2026-11-17T10:00:00.000Z",
     *                 "eventTimeZoneOffset": "+00:00",
     *                 "recordTime": "2026-11-17T10:00:00.000Z",
     *                 "action": "OBSERVE",
     *                 "bizStep": "shipping",
     *                 "disposition": "in_transit",
     *                 "quantityList": [
     *                   {
     *                     "epcClass": "https://id.gs1.org/01/07751234000016/10/QA-118",
     *                     "quantity": 5,
     *                     "uom": "KGM"
     *                   }
     *                 ],
     *                 "bizTransactionList": [
     *                   {
     *                     "type": "po",
     *                     "bizTransaction": "urn:ayni:order:ord_01JD4QF6B7M8N9P0Q1R2S3T4VW"
     *                   }
     *                 ],
     *                 "sourceList": [
     *                   {
     *                     "type": "owning_party",
     *                     "source": "https://api.ayni.example/v1/orgs/org_01JD3Z9Q4X8V6T2M1N0P5R7S9W"
     *                   }
     *                 ],
     *                 "destinationList": [
     *                   {
     *                     "type": "owning_party",
     *                     "destination": "https://api.ayni.example/v1/orgs/org_01JD42C5H1CHA7K9M2N4P6R8TV"
     *                   }
     *                 ],
     *                 "ayni:type": "order_dispatch",
     *                 "ayni:orderLine": 1
     *               }
     *             ]
     *           }
     *         }
     *       }
     *     }
     */
    EPCISQueryDocument: {
      [key: string]: unknown;
    };
    /** @description RFC 9264 linkset: the Digital Link (anchor) and its links keyed by GS1 link type URI (https://gs1.org/voc/pip, ...) */
    Linkset: {
      linkset: ({
        anchor: string;
      } & {
        [key: string]: {
          href: string;
          title: string;
          type: string;
          hreflang?: string[];
        }[];
      })[];
    };
    FundSummary: {
      book: {
        fundId: string;
        /** @enum {string} */
        currency: 'PEN';
        allocationOrder: ('penalty' | 'interest' | 'principal')[];
        penaltyBps: number;
        penaltyAfterDays: number;
        /**
         * Format: date-time
         * @example 2026-11-20T15:04:05.000Z
         */
        openedAt: string;
        /**
         * Format: date-time
         * @example 2026-11-20T15:04:05.000Z
         */
        updatedAt: string;
      };
      balances: {
        account: string;
        balance: number;
        debits: number;
        credits: number;
      }[];
      /** @description Σ of debit-positive balances; 0 when the books balance */
      trialBalance: number;
      cash: {
        total: number;
        fromCapital: number;
        recycled: number;
      };
    };
    FundBook: {
      fundId: string;
      /** @enum {string} */
      currency: 'PEN';
      allocationOrder: ('penalty' | 'interest' | 'principal')[];
      penaltyBps: number;
      penaltyAfterDays: number;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      openedAt: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      updatedAt: string;
    };
    /**
     * @example {
     *       "allocationOrder": [
     *         "penalty",
     *         "interest",
     *         "principal"
     *       ],
     *       "penaltyBps": 200,
     *       "penaltyAfterDays": 5
     *     }
     */
    FundPolicy: {
      allocationOrder: ('penalty' | 'interest' | 'principal')[];
      penaltyBps: number;
      penaltyAfterDays: number;
    };
    JournalEntry: {
      entryId: string;
      fundId: string;
      /** @enum {string} */
      kind: 'capital' | 'disbursement' | 'repayment' | 'recovery' | 'write_off' | 'restructure' | 'reversal';
      /**
       * Format: date
       * @description The business day the money moved
       * @example 2026-11-20
       */
      valueDate: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      postedAt: string;
      postedBy: string;
      /** @enum {string} */
      currency: 'PEN';
      lines: {
        /** @enum {string} */
        account: 'cash_capital' | 'cash_recycled' | 'loans_receivable' | 'donor_capital' | 'interest_income' | 'penalty_income' | 'write_offs' | 'recoveries';
        debit: number;
        credit: number;
        loanId?: string;
      }[];
      loanId?: string;
      associationId?: string;
      donor?: string;
      memo?: string;
      allocation?: {
        n: number;
        penalty: number;
        interest: number;
        principal: number;
      }[];
      reverses?: string;
    };
    /**
     * @example {
     *       "amount": 3000000,
     *       "donor": "Fundación Codespa — tramo 2",
     *       "valueDate": "2026-11-02",
     *       "memo": "Transferencia BCP del 2 de noviembre de 2026"
     *     }
     */
    CapitalContribution: {
      /**
       * @description Amount in PEN céntimos (integer minor units)
       * @example 1500000
       */
      amount: number;
      donor: string;
      /**
       * Format: date
       * @example 2026-03-15
       */
      valueDate?: string;
      memo?: string;
    };
    JournalEntryPage: {
      items: components['schemas']['JournalEntry'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    FundMetrics: {
      fundId: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      asOf: string;
      /** @enum {string} */
      currency: 'PEN';
      organisationsFinanced: {
        count: number;
        formula: string;
      };
      producersReached: {
        count: number;
        formula: string;
      };
      loansDisbursed: {
        count: number;
        formula: string;
      };
      capitalContributed: {
        amount: number;
        /** @enum {string} */
        currency: 'PEN';
        formula: string;
      };
      totalDisbursed: {
        amount: number;
        /** @enum {string} */
        currency: 'PEN';
        formula: string;
      };
      disbursedFromCapital: {
        amount: number;
        /** @enum {string} */
        currency: 'PEN';
        formula: string;
      };
      disbursedFromRecycled: {
        amount: number;
        /** @enum {string} */
        currency: 'PEN';
        formula: string;
      };
      outstandingPrincipal: {
        amount: number;
        /** @enum {string} */
        currency: 'PEN';
        formula: string;
      };
      principalRepaid: {
        amount: number;
        /** @enum {string} */
        currency: 'PEN';
        formula: string;
      };
      interestCollected: {
        amount: number;
        /** @enum {string} */
        currency: 'PEN';
        formula: string;
      };
      collectionRate: {
        value: string | null;
        numerator: number;
        denominator: number;
        formula: string;
      };
      cumulativeRecoveryRate: {
        value: string | null;
        numerator: number;
        denominator: number;
        formula: string;
      };
      par30: {
        value: string | null;
        numerator: number;
        denominator: number;
        formula: string;
      };
      writtenOff: {
        amount: number;
        /** @enum {string} */
        currency: 'PEN';
        formula: string;
      };
      recoveredAfterWriteOff: {
        amount: number;
        /** @enum {string} */
        currency: 'PEN';
        formula: string;
      };
    };
    Loan: {
      id: string;
      fundId: string;
      associationId: string;
      /** @enum {string} */
      currency: 'PEN';
      /** @enum {string} */
      status: 'submitted' | 'approved' | 'rejected' | 'withdrawn' | 'active' | 'in_arrears' | 'closed_repaid' | 'written_off' | 'restructured';
      amountRequested: number;
      installmentsRequested: number;
      purpose: string;
      businessPlanSummary: string;
      producers: number;
      recordedBy: string;
      /** @enum {string} */
      recordedAs: 'association' | 'fund_officer';
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      createdAt: string;
      evaluation?: {
        by: string;
        /**
         * Format: date-time
         * @example 2026-11-20T15:04:05.000Z
         */
        at: string;
        /** @enum {string} */
        recommendation: 'approve' | 'reject';
        notes: string;
        amount: number;
        /** @description The proposed terms: a LoanTerms object */
        terms?: unknown;
      };
      approval?: {
        by: string;
        /**
         * Format: date-time
         * @example 2026-11-20T15:04:05.000Z
         */
        at: string;
        reason?: string;
        /** @description Approved although the evaluation recommended 'reject' (reason required) */
        againstRecommendation?: boolean;
      };
      rejection?: {
        by: string;
        /**
         * Format: date-time
         * @example 2026-11-20T15:04:05.000Z
         */
        at: string;
        reason?: string;
      };
      withdrawal?: {
        by: string;
        /**
         * Format: date-time
         * @example 2026-11-20T15:04:05.000Z
         */
        at: string;
        reason?: string;
      };
      principal: number;
      /** @description The approved terms (a LoanTerms object); absent before approval */
      terms?: unknown;
      /**
       * Format: date
       * @example 2026-11-20
       */
      disbursedOn?: string;
      /** @description Part of the principal lent out of original donor capital */
      fundedFromCapital: number;
      /** @description Part of the principal lent out of recycled repayments */
      fundedFromRecycled: number;
      schedule: {
        n: number;
        /**
         * Format: date
         * @example 2026-11-20
         */
        dueDate: string;
        principal: number;
        interest: number;
        penalty: number;
        paidPrincipal: number;
        paidInterest: number;
        paidPenalty: number;
        waivedPrincipal: number;
        waivedInterest: number;
        /**
         * Format: date
         * @example 2026-11-20
         */
        waivedOn?: string;
        /**
         * Format: date
         * @example 2026-11-20
         */
        penaltyAssessedOn?: string;
      }[];
      principalOutstanding: number;
      principalRepaid: number;
      interestPaid: number;
      penaltyPaid: number;
      writtenOff: number;
      recovered: number;
      daysPastDue: number;
      /**
       * Format: date
       * @description The day daysPastDue was last computed for
       * @example 2026-11-20
       */
      arrearsAsOf?: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      lastPaymentOn?: string;
      /**
       * Format: date
       * @example 2026-11-20
       */
      closedOn?: string;
      writeOff?: {
        by: string;
        /**
         * Format: date-time
         * @example 2026-11-20T15:04:05.000Z
         */
        at: string;
        reason?: string;
        /**
         * Format: date
         * @description Value date of the write-off
         * @example 2026-11-20
         */
        on: string;
        /** @description The approver who proposed it (`by` confirmed it) */
        proposedBy?: string;
      };
      pendingProposal?: components['schemas']['LoanProposal'];
      /** @description Proposals confirmed or withdrawn, oldest first */
      proposalHistory?: {
        /** @enum {string} */
        kind: 'write_off' | 'restructure';
        /** @description The fund approver who proposed it */
        by: string;
        /**
         * Format: date-time
         * @example 2026-11-20T15:04:05.000Z
         */
        at: string;
        reason: string;
        /**
         * Format: date
         * @description The value date asked for (the confirmation day when absent)
         * @example 2026-11-20
         */
        valueDate?: string;
        /** @description The successor's terms (a LoanTerms object), for a restructuring */
        terms?: unknown;
        /** @enum {string} */
        outcome: 'confirmed' | 'withdrawn';
        closedBy: string;
        /**
         * Format: date-time
         * @example 2026-11-20T15:04:05.000Z
         */
        closedAt: string;
        closingNote?: string;
      }[];
      predecessorId?: string;
      successorId?: string;
      version: number;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      updatedAt: string;
    };
    /** @description A write-off or restructuring waiting for a second fund approver (neither the proposer nor the evaluator) */
    LoanProposal: {
      /** @enum {string} */
      kind: 'write_off' | 'restructure';
      /** @description The fund approver who proposed it */
      by: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      at: string;
      reason: string;
      /**
       * Format: date
       * @description The value date asked for (the confirmation day when absent)
       * @example 2026-11-20
       */
      valueDate?: string;
      /** @description The successor's terms (a LoanTerms object), for a restructuring */
      terms?: unknown;
    };
    /**
     * @example {
     *       "associationId": "org_01JD41H8Q2SARA5M7N3P9V6T4W",
     *       "amount": 800000,
     *       "installments": 10,
     *       "purpose": "Semilla certificada de maíz chullpi para la campaña grande",
     *       "businessPlanSummary": "Once agricultores de Huaro siembran 4 hectáreas de maíz chullpi con semilla certificada. República del Pisco compra 300 kg por mes a S/ 12 el kilo; la cosecha de mayo cubre las cuotas desde el cuarto mes.",
     *       "producers": 11
     *     }
     */
    LoanApplicationByOfficer: {
      /** @example org_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
      associationId: string;
      /**
       * @description Amount in PEN céntimos (integer minor units)
       * @example 1500000
       */
      amount: number;
      /** @description Term requested, in installments */
      installments: number;
      purpose: string;
      businessPlanSummary: string;
      /** @description Producers (member families) who benefit */
      producers: number;
    };
    LoanPage: {
      items: components['schemas']['Loan'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    WorklistPage: {
      items: components['schemas']['WorklistRow'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    WorklistRow: {
      loanId: string;
      fundId: string;
      /** @enum {string} */
      status: 'in_arrears';
      association: {
        id: string;
        name: string;
        contact: {
          phone?: string;
          email?: string;
          whatsapp?: boolean;
        };
      };
      /** @enum {string} */
      currency: 'PEN';
      /** @description Days since the oldest unpaid installment fell due, as of `asOf` */
      daysLate: number;
      /**
       * Format: date
       * @description The business day the figures are as of (the last arrears run or payment)
       * @example 2026-11-20
       */
      asOf: string;
      overdue: {
        /** @description Principal of installments past due, in minor units of `currency` */
        principal: number;
        /** @description Interest of installments past due, in minor units of `currency` */
        interest: number;
        /** @description Penalties assessed and unpaid, in minor units of `currency` */
        penalties: number;
        /** @description principal + interest + penalties, in minor units of `currency` */
        total: number;
      };
      /** @description The first installment due on or after `asOf` with something to pay; null when all have fallen due */
      nextInstallment: {
        n: number;
        /**
         * Format: date
         * @example 2026-11-20
         */
        dueDate: string;
        /** @description What is left to pay on it, in minor units of `currency` */
        amount: number;
      } | null;
      /** @description Principal not yet repaid, in minor units of `currency` */
      principalOutstanding: number;
      /**
       * Format: date
       * @example 2026-11-20
       */
      lastPaymentOn?: string;
      /** @description The row said for a person, in the negotiated language */
      summary: string;
    };
    /**
     * @example {
     *       "recommendation": "approve",
     *       "notes": "Visita a Ocongate el 12 de noviembre: la quesera funciona, las ventas a restaurantes están respaldadas por órdenes de compra. Se propone S/ 10 000 con dos meses de gracia hasta que llegue la prensa.",
     *       "amount": 1000000,
     *       "terms": {
     *         "annualRateBps": 1200,
     *         "method": "flat",
     *         "installments": 12,
     *         "period": {
     *           "unit": "month",
     *           "every": 1
     *         },
     *         "graceInstallments": 2
     *       }
     *     }
     */
    LoanEvaluation: {
      /** @enum {string} */
      recommendation: 'approve' | 'reject';
      notes: string;
      /** @description Amount proposed (defaults to the amount requested) */
      amount?: number;
      terms: components['schemas']['LoanTerms'];
    };
    LoanTerms: {
      /**
       * @description Nominal annual rate in basis points (1200 = 12%)
       * @example 1200
       */
      annualRateBps: number;
      /**
       * @description flat: interest on the original principal; declining: equal installments on the balance
       * @enum {string}
       */
      method: 'flat' | 'declining';
      installments: number;
      /**
       * @description Installments every N months (monthly by default) or every N days
       * @default {
       *       "unit": "month",
       *       "every": 1
       *     }
       */
      period?: {
        /** @enum {string} */
        unit: 'month' | 'day';
        every: number;
      };
      /**
       * @description First installments carrying interest only
       * @default 0
       */
      graceInstallments?: number;
    };
    LoanPosting: {
      loan: components['schemas']['Loan'];
      entry: components['schemas']['JournalEntry'];
    };
    /**
     * @example {
     *       "amount": 112000,
     *       "valueDate": "2026-11-16",
     *       "reference": "Depósito Caja Cusco, operación 004512387"
     *     }
     */
    Repayment: {
      /**
       * @description Amount in PEN céntimos (integer minor units)
       * @example 1500000
       */
      amount: number;
      /**
       * Format: date
       * @example 2026-03-15
       */
      valueDate?: string;
      reference?: string;
    };
    Restructuring: {
      loan: components['schemas']['Loan'];
      successor: components['schemas']['Loan'];
      entry: components['schemas']['JournalEntry'];
    };
    /**
     * @example {
     *       "fundId": "org_01JD40A7FR3ESK2M9QW6T8V5XB",
     *       "amount": 1200000,
     *       "installments": 12,
     *       "purpose": "Tina de cuajado y prensa para queso andino",
     *       "businessPlanSummary": "Con una tina de cuajado de 500 litros y una prensa neumática pasamos de 40 a 70 kg de queso tipo paria por semana. Tres restaurantes de Cusco ya compran 45 kg semanales a S/ 32 el kilo; la cuota se paga con la venta de 12 kg por semana.",
     *       "producers": 30
     *     }
     */
    LoanApplicationByAssociation: {
      /** @example org_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
      fundId: string;
      /**
       * @description Amount in PEN céntimos (integer minor units)
       * @example 1500000
       */
      amount: number;
      /** @description Term requested, in installments */
      installments: number;
      purpose: string;
      businessPlanSummary: string;
      /** @description Producers (member families) who benefit */
      producers: number;
    };
    WebhookEndpointWithSecret: components['schemas']['WebhookEndpoint'] & {
      /**
       * @description The signing secret (`whsec_` + base64), shown only now: keep it to verify `webhook-signature` (Standard Webhooks)
       * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
       */
      secret: string;
    };
    /** @enum {string} */
    WebhookEventType:
      | 'order.placed'
      | 'order.confirmed'
      | 'order.partially_confirmed'
      | 'order.rejected'
      | 'order.cancelled'
      | 'order.expired'
      | 'order.dispatched'
      | 'order.delivered'
      | 'order.invoiced'
      | 'order.paid'
      | 'invoice.issued'
      | 'credit_note.issued'
      | 'lot.created'
      | 'provenance.event_recorded'
      | 'lot.events_anchored'
      | 'lot.events_finalized'
      | 'loan.applied'
      | 'loan.approved'
      | 'loan.rejected'
      | 'loan.disbursed'
      | 'loan.repayment_posted'
      | 'loan.installment_due'
      | 'loan.installment_overdue'
      | 'loan.in_arrears'
      | 'loan.written_off';
    WebhookEndpoint: {
      /** @example whe_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
      id: string;
      /** @example org_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
      orgId: string;
      url: string;
      description?: string;
      eventTypes: components['schemas']['WebhookEventType'][];
      enabled: boolean;
      /**
       * @description `failing`: Ayni disabled it after 20 failed attempts in a row over at least 24 hours
       * @enum {string}
       */
      disabledReason?: 'manual' | 'failing';
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      disabledAt?: string;
      /**
       * Format: date-time
       * @description While a rotation’s grace lasts, deliveries are signed with both secrets
       * @example 2026-11-20T15:04:05.000Z
       */
      previousSecretExpiresAt?: string;
      consecutiveFailures: number;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      failingSince?: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      updatedAt: string;
      version: number;
    };
    /**
     * @example {
     *       "url": "https://compras.hotel-cusco.example/ayni/events",
     *       "eventTypes": [
     *         "order.confirmed",
     *         "order.delivered",
     *         "invoice.issued"
     *       ],
     *       "description": "Compras del hotel"
     *     }
     */
    WebhookEndpointInput: {
      /**
       * Format: uri
       * @description Where events are POSTed: public `https://` (locally, `http://` on a loopback address)
       * @example https://compras.hotel-cusco.example/ayni/events
       */
      url: string;
      /**
       * @description The event types to receive
       * @example [
       *       "order.placed",
       *       "order.confirmed",
       *       "order.delivered"
       *     ]
       */
      eventTypes: components['schemas']['WebhookEventType'][];
      /** @example Compras del hotel */
      description?: string;
    };
    WebhookEndpointList: {
      items: components['schemas']['WebhookEndpoint'][];
    };
    /**
     * @example {
     *       "enabled": true
     *     }
     */
    WebhookEndpointPatch: {
      /**
       * Format: uri
       * @description Where events are POSTed: public `https://` (locally, `http://` on a loopback address)
       * @example https://compras.hotel-cusco.example/ayni/events
       */
      url?: string;
      /**
       * @description The event types to receive
       * @example [
       *       "order.placed",
       *       "order.confirmed",
       *       "order.delivered"
       *     ]
       */
      eventTypes?: components['schemas']['WebhookEventType'][];
      /** @example Compras del hotel */
      description?: string | null;
      enabled?: boolean;
    };
    /**
     * @example {
     *       "graceHours": 24
     *     }
     */
    WebhookSecretRotation: {
      /**
       * @description Hours the previous secret keeps signing beside the new one (0: stops now)
       * @default 24
       */
      graceHours?: number;
    };
    WebhookPingResult: {
      /** @example evt_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
      eventId: string;
      ok: boolean;
      status?: number;
      error?: string;
      latencyMs: number;
      excerpt: string;
    };
    /** @example {} */
    Empty: Record<string, never>;
    WebhookDeliveryPage: {
      items: components['schemas']['WebhookDelivery'][];
      /** @description Absent on the last page */
      nextCursor?: string;
    };
    WebhookDelivery: {
      /** @example evt_01JD3Z9Q4X8V6T2M1N0P5R7S9W */
      eventId: string;
      eventType: string;
      /** @enum {string} */
      status: 'pending' | 'delivered' | 'failed';
      attempts: number;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      nextAttemptAt?: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      lastAttemptAt?: string;
      lastStatus?: number;
      lastError?: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      deliveredAt?: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      failedAt?: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      createdAt: string;
    };
    WebhookDeliveryDetail: components['schemas']['WebhookDelivery'] & {
      /** @description The body as sent */
      payload: {
        [key: string]: unknown;
      };
      attemptLog: components['schemas']['WebhookAttempt'][];
    };
    WebhookAttempt: {
      attempt: number;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      at: string;
      ok: boolean;
      /** @description The HTTP status the receiver answered */
      status?: number;
      /** @description Why the attempt failed: http-status, timeout, connect-timeout, dns, forbidden-address, redirect, ... */
      error?: string;
      latencyMs: number;
      /** @description The first 1 KiB of what the receiver answered */
      excerpt: string;
    };
    WebhookReplayResult: {
      /** @description Deliveries sent again, each with a new round of attempts */
      queued: number;
      /** @description Deliveries still being tried, left as they are */
      inProgress: number;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      from: string;
      /**
       * Format: date-time
       * @example 2026-11-20T15:04:05.000Z
       */
      to: string;
      /** @description More deliveries in the range: call again with it (absent when the range is done) */
      nextCursor?: string;
    };
    /**
     * @example {
     *       "from": "2026-11-20T00:00:00.000Z",
     *       "to": "2026-11-23T00:00:00.000Z"
     *     }
     */
    WebhookReplay: {
      /**
       * Format: date-time
       * @description Replay the deliveries of events that happened at or after this instant
       * @example 2026-11-20T15:04:05.000Z
       */
      from: string;
      /**
       * Format: date-time
       * @description … and before this one (default: now)
       * @example 2026-11-20T15:04:05.000Z
       */
      to?: string;
      /** @description From the previous answer’s `nextCursor`, with the same range */
      cursor?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every configured dependency answered */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
      /** @description A configured dependency did not answer */
      503: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  liveness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The process answers */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Liveness'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  docsAsset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        asset: 'swagger-ui.css' | 'swagger-ui-bundle.js' | 'init.js';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  problems: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An HTML page listing each problem code */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  problem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An HTML page explaining the problem */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  createOrganisation: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganisation'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description The resource’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to edit only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organisation'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getOrganisation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The profile */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The resource’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to edit only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organisation'] | components['schemas']['PublicOrganisation'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  updateOrganisation: {
    parameters: {
      query?: never;
      header?: {
        /** @description Optional. The ETag you read (e.g. `"3"`): the edit applies only if the resource is still at that version, else 412. Without it the edit applies to the current version. */
        'if-match'?: string;
      };
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganisation'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The resource’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to edit only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Organisation'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names another version than the current one */
      412: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/precondition-failed",
           *       "code": "precondition-failed",
           *       "title": "The resource changed since you read it",
           *       "status": 412,
           *       "detail": "The resource changed since you read it",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
      /** @description A dependency did not answer, or contention outlasted the retries: retry after Retry-After seconds */
      503: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/database-unavailable",
           *       "code": "database-unavailable",
           *       "title": "The database did not answer in time",
           *       "status": 503,
           *       "detail": "The database did not answer in time",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAssociations: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssociationPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listMembers: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  addMember: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMember'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description The resource’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to edit only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Member'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        memberId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The member */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The resource’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to edit only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Member'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  updateMember: {
    parameters: {
      query?: never;
      header?: {
        /** @description Optional. The ETag you read (e.g. `"3"`): the edit applies only if the resource is still at that version, else 412. Without it the edit applies to the current version. */
        'if-match'?: string;
      };
      path: {
        orgId: string;
        memberId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMember'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The resource’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to edit only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Member'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names another version than the current one */
      412: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/precondition-failed",
           *       "code": "precondition-failed",
           *       "title": "The resource changed since you read it",
           *       "status": 412,
           *       "detail": "The resource changed since you read it",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
      /** @description A dependency did not answer, or contention outlasted the retries: retry after Retry-After seconds */
      503: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/database-unavailable",
           *       "code": "database-unavailable",
           *       "title": "The database did not answer in time",
           *       "status": 503,
           *       "detail": "The database did not answer in time",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProducts: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
        includeInactive?: 'true' | 'false';
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  createProduct: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProduct'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description The resource’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to edit only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        productId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The resource’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to edit only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  updateProduct: {
    parameters: {
      query?: never;
      header?: {
        /** @description Optional. The ETag you read (e.g. `"3"`): the edit applies only if the resource is still at that version, else 412. Without it the edit applies to the current version. */
        'if-match'?: string;
      };
      path: {
        orgId: string;
        productId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProduct'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The resource’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to edit only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names another version than the current one */
      412: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/precondition-failed",
           *       "code": "precondition-failed",
           *       "title": "The resource changed since you read it",
           *       "status": 412,
           *       "detail": "The resource changed since you read it",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
      /** @description A dependency did not answer, or contention outlasted the retries: retry after Retry-After seconds */
      503: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/database-unavailable",
           *       "code": "database-unavailable",
           *       "title": "The database did not answer in time",
           *       "status": 503,
           *       "detail": "The database did not answer in time",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  browseCatalog: {
    parameters: {
      query?: {
        /** @description A category, in any case (`Cheese` is `cheese`) */
        category?:
          | 'cheese'
          | 'dairy'
          | 'maize'
          | 'grains'
          | 'tubers'
          | 'cacao'
          | 'coffee'
          | 'fruit'
          | 'honey'
          | 'textiles'
          | 'alpaca_fibre'
          | 'crafts'
          | 'ceramics'
          | 'leather'
          | 'furniture'
          | 'instruments'
          | 'other';
        /** @description The association’s region; accents and case ignored (`cusco` finds “Cusco”) */
        region?: string;
        association?: string;
        /** @description Words to find in product names and descriptions, in Spanish, Quechua or English; accents and case ignored. Every word must match a whole word, the last one may be its beginning (3 characters or more); words such as “de”, “la”, “the” are ignored. Combines with the filters. A page may hold fewer than `limit` items (it reads at most 100 index entries); follow `nextCursor` while there is one. */
        q?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page, ordered by name */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CatalogPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listLots: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
        productId?: string;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LotPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  createLot: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLot'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description The resource’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to edit only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lot'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
      /** @description A dependency did not answer, or contention outlasted the retries: retry after Retry-After seconds */
      503: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/database-unavailable",
           *       "code": "database-unavailable",
           *       "title": "The database did not answer in time",
           *       "status": 503,
           *       "detail": "The database did not answer in time",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOwnLot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        lotId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The lot */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The resource’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to edit only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lot'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  updateLot: {
    parameters: {
      query?: never;
      header?: {
        /** @description Optional. The ETag you read (e.g. `"3"`): the edit applies only if the resource is still at that version, else 412. Without it the edit applies to the current version. */
        'if-match'?: string;
      };
      path: {
        orgId: string;
        lotId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateLot'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The resource’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to edit only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lot'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names another version than the current one */
      412: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/precondition-failed",
           *       "code": "precondition-failed",
           *       "title": "The resource changed since you read it",
           *       "status": 412,
           *       "detail": "The resource changed since you read it",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
      /** @description A dependency did not answer, or contention outlasted the retries: retry after Retry-After seconds */
      503: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/database-unavailable",
           *       "code": "database-unavailable",
           *       "title": "The database did not answer in time",
           *       "status": 503,
           *       "detail": "The database did not answer in time",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  adjustLot: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
        lotId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLotAdjustment'];
      };
    };
    responses: {
      /** @description The lot after the adjustment */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lot'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getPublicLot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        lotId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The lot, its product and association */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicLotView'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listAgreements: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
        /** @description Only agreements in force today whose last day is within this many days (0: ending today). Filters each page as read: a page may hold fewer items than `limit`; follow `nextCursor`. */
        expiringWithinDays?: number | null;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  createAgreement: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAgreement'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Agreement'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listBuyerAgreements: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
        /** @description Only agreements in force today whose last day is within this many days (0: ending today). Filters each page as read: a page may hold fewer items than `limit`; follow `nextCursor`. */
        expiringWithinDays?: number | null;
      };
      header?: never;
      path: {
        buyerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BuyerAgreementPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getAgreement: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        orgId: string;
        agreementId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agreement and a page of its history */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The agreement’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to change only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementDetail'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  changeAgreement: {
    parameters: {
      query?: never;
      header?: {
        /** @description Optional. The ETag you read (e.g. `"3"`): the change applies only if the agreement is still at that version, else 412. Without it the change applies to the current version. */
        'if-match'?: string;
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
        agreementId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeAgreement'];
      };
    };
    responses: {
      /** @description The agreement after the change and what changed */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description The agreement’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to change only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementChangeResult'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names another version than the current one */
      412: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/precondition-failed",
           *       "code": "precondition-failed",
           *       "title": "The resource changed since you read it",
           *       "status": 412,
           *       "detail": "The resource changed since you read it",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
      /** @description A dependency did not answer, or contention outlasted the retries: retry after Retry-After seconds */
      503: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/database-unavailable",
           *       "code": "database-unavailable",
           *       "title": "The database did not answer in time",
           *       "status": 503,
           *       "detail": "The database did not answer in time",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  endAgreement: {
    parameters: {
      query?: never;
      header?: {
        /** @description Optional. The ETag you read (e.g. `"3"`): the change applies only if the agreement is still at that version, else 412. Without it the change applies to the current version. */
        'if-match'?: string;
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
        agreementId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['EndAgreement'];
      };
    };
    responses: {
      /** @description The agreement, ended, and what changed */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          /** @description The agreement’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to change only that version. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementChangeResult'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names another version than the current one */
      412: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/precondition-failed",
           *       "code": "precondition-failed",
           *       "title": "The resource changed since you read it",
           *       "status": 412,
           *       "detail": "The resource changed since you read it",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
      /** @description A dependency did not answer, or contention outlasted the retries: retry after Retry-After seconds */
      503: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/database-unavailable",
           *       "code": "database-unavailable",
           *       "title": "The database did not answer in time",
           *       "status": 503,
           *       "detail": "The database did not answer in time",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  priceQuote: {
    parameters: {
      query: {
        /** @description The buyer to quote for; buyers may omit it (their own organisation) */
        buyerId?: string;
        productId: string;
        /** @description Line quantity (tiers depend on it); default the minimum order */
        quantity?: string;
        /** @description Date the agreement must be valid on; default today */
        date?: string;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The quote */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PriceQuote'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  placeOrder: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlaceOrder'];
      };
    };
    responses: {
      /** @description Placed */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The order */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getTimeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The timeline */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderTimeline'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  reorder: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orderId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['Reorder'];
      };
    };
    responses: {
      /** @description The new order and what changed */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReorderResult'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  transition: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orderId: string;
        action: 'confirm' | 'reject' | 'cancel' | 'dispatch' | 'deliver' | 'invoice' | 'pay';
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['OrderTransition'];
      };
    };
    responses: {
      /** @description The order in its new state */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listAssociationOrders: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
        /** @description Only orders in this status */
        status?: 'placed' | 'confirmed' | 'partially_confirmed' | 'rejected' | 'cancelled' | 'expired' | 'dispatched' | 'delivered' | 'invoiced' | 'paid';
        /** @description Only orders whose requested delivery date is on or after this date (UTC calendar date) */
        deliveryFrom?: string;
        /** @description Only orders whose requested delivery date is on or before this date; one day: the same date as deliveryFrom */
        deliveryTo?: string;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssociationOrderPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  preparation: {
    parameters: {
      query?: {
        /** @description One delivery date (or give from/to) */
        date?: string;
        /** @description First delivery date of a range (inclusive) */
        from?: string;
        /** @description Last delivery date of a range (inclusive; default from); at most 31 days in all */
        to?: string;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What to prepare */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Preparation'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listAssociationStandingOrders: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
        /** @description How many days ahead (today included) to list each template's next deliveries; at most 31 */
        days?: number;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssociationStandingOrderPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listBuyerOrders: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
        /** @description Only orders in this status */
        status?: 'placed' | 'confirmed' | 'partially_confirmed' | 'rejected' | 'cancelled' | 'expired' | 'dispatched' | 'delivered' | 'invoiced' | 'paid';
        /** @description Only orders placed on or after this date (UTC calendar date) */
        placedFrom?: string;
        /** @description Only orders placed on or before this date; one day: the same date as placedFrom */
        placedTo?: string;
      };
      header?: never;
      path: {
        buyerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BuyerOrderPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listDocuments: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceDocumentPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getReceivables: {
    parameters: {
      query?: {
        /** @description The day to age today’s open invoices at, e.g. the end of the month (default: today, UTC); an invoice due later is current */
        asOf?: string;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The ageing report */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgeingReport'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getPayables: {
    parameters: {
      query?: {
        /** @description The day to age today’s open invoices at, e.g. the end of the month (default: today, UTC); an invoice due later is current */
        asOf?: string;
      };
      header?: never;
      path: {
        buyerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The ageing report */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgeingReport'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceDocument'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  printDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The printable page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  ublDocument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The UBL 2.1 Invoice */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/xml': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  createCreditNote: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
        number: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCreditNote'];
      };
    };
    responses: {
      /** @description The credit note */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceDocument'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  sales: {
    parameters: {
      query: {
        from: string;
        to: string;
        groupBy?: 'month' | 'buyer';
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SalesReport'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  lotShipments: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        orgId: string;
        lotId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LotShipmentPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listStandingOrders: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        buyerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StandingOrderPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  createStandingOrder: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        buyerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateStandingOrder'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StandingOrder'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getStandingOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        buyerId: string;
        standingOrderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StandingOrderDetail'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  changeStandingOrder: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        buyerId: string;
        standingOrderId: string;
        change: 'pause' | 'resume' | 'skip';
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** Format: date */
          date?: string;
        };
      };
    };
    responses: {
      /** @description The template */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StandingOrder'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  exportAssociationOrders: {
    parameters: {
      query: {
        /** @description First day of the range (inclusive, UTC): requested delivery date */
        from: string;
        /** @description Last day of the range (inclusive); at most 366 days in all */
        to: string;
        /** @description The next page: from the previous page’s `X-Next-Cursor` (or follow its `Link`) */
        cursor?: string;
        /** @description Rows per page (at most 1000) */
        limit?: number;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of orders */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The next page, `<…>; rel="next"`; absent on the last page */
          Link?: string;
          /** @description The next page’s cursor; absent on the last page */
          'X-Next-Cursor'?: string;
          /** @description attachment, with a file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 2 requests per second (bursts of 5) over all callers, since a CSV export reads up to thousands of items. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  exportSales: {
    parameters: {
      query: {
        /** @description First day of the range (inclusive, UTC): delivery date of a line, issue date of a credit note */
        from: string;
        /** @description Last day of the range (inclusive); at most 366 days in all */
        to: string;
        /** @description The next page: from the previous page’s `X-Next-Cursor` (or follow its `Link`) */
        cursor?: string;
        /** @description Rows per page (at most 1000) */
        limit?: number;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the ledger */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The next page, `<…>; rel="next"`; absent on the last page */
          Link?: string;
          /** @description The next page’s cursor; absent on the last page */
          'X-Next-Cursor'?: string;
          /** @description attachment, with a file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 2 requests per second (bursts of 5) over all callers, since a CSV export reads up to thousands of items. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  exportAssociationInvoices: {
    parameters: {
      query: {
        /** @description First day of the range (inclusive, UTC): issue date */
        from: string;
        /** @description Last day of the range (inclusive); at most 366 days in all */
        to: string;
        /** @description The next page: from the previous page’s `X-Next-Cursor` (or follow its `Link`) */
        cursor?: string;
        /** @description Rows per page (at most 1000) */
        limit?: number;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of documents */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The next page, `<…>; rel="next"`; absent on the last page */
          Link?: string;
          /** @description The next page’s cursor; absent on the last page */
          'X-Next-Cursor'?: string;
          /** @description attachment, with a file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 2 requests per second (bursts of 5) over all callers, since a CSV export reads up to thousands of items. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  exportBuyerOrders: {
    parameters: {
      query: {
        /** @description First day of the range (inclusive, UTC): placement date */
        from: string;
        /** @description Last day of the range (inclusive); at most 366 days in all */
        to: string;
        /** @description The next page: from the previous page’s `X-Next-Cursor` (or follow its `Link`) */
        cursor?: string;
        /** @description Rows per page (at most 1000) */
        limit?: number;
      };
      header?: never;
      path: {
        buyerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of orders */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The next page, `<…>; rel="next"`; absent on the last page */
          Link?: string;
          /** @description The next page’s cursor; absent on the last page */
          'X-Next-Cursor'?: string;
          /** @description attachment, with a file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 2 requests per second (bursts of 5) over all callers, since a CSV export reads up to thousands of items. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  exportBuyerInvoices: {
    parameters: {
      query: {
        /** @description First day of the range (inclusive, UTC): placement date of the invoiced order */
        from: string;
        /** @description Last day of the range (inclusive); at most 366 days in all */
        to: string;
        /** @description The next page: from the previous page’s `X-Next-Cursor` (or follow its `Link`) */
        cursor?: string;
        /** @description Rows per page (at most 1000) */
        limit?: number;
      };
      header?: never;
      path: {
        buyerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of invoices */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The next page, `<…>; rel="next"`; absent on the last page */
          Link?: string;
          /** @description The next page’s cursor; absent on the last page */
          'X-Next-Cursor'?: string;
          /** @description attachment, with a file name */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 2 requests per second (bursts of 5) over all callers, since a CSV export reads up to thousands of items. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listEvents: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        orgId: string;
        lotId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProvenanceEventList'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  recordEvent: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
        lotId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProvenanceEvent'];
      };
    };
    responses: {
      /** @description Recorded, pending anchoring */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProvenanceEvent'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  lineage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        lotId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The lineage */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lineage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  proofBundle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        lotId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bundle */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProofBundle'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  epcis: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        lotId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description EPCIS 2.0 document */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The EPCIS version of the document */
          'GS1-EPCIS-Version'?: string;
          /** @description The CBV version of its vocabulary */
          'GS1-CBV-Version'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/ld+json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  queryEpcisEvents: {
    parameters: {
      query?: {
        /** @description Only events of these business steps: CBV bare words (`shipping`, `receiving`, `commissioning`, `inspecting`, `packing`) or CBV URIs, separated by `|`. */
        EQ_bizStep?: string;
        /** @description Only events that happened at or after this instant. */
        GE_eventTime?: string;
        /** @description Only events that happened before this instant. */
        LT_eventTime?: string;
        /** @description Lots by their EPC URIs, separated by `|`. Ayni records lots as EPC classes (quantities, no serials), so a lot’s class given here matches as in MATCH_anyEPCClass; a serialised EPC (SGTIN) matches nothing. */
        MATCH_epc?: string;
        /** @description Events naming one of these EPC classes in any quantity list (as input or output of a transformation too), separated by `|`: a lot’s LGTIN (GS1 Digital Link `…/01/{gtin}/10/{lot}` on any host, or `urn:epc:class:lgtin:…`), a product’s GTIN class (`…/01/{gtin}`, `urn:epc:idpat:sgtin:….*`: all its lots), or a lot without GTIN by its URI (`{base}/v1/lots/{lotId}`). Required, or MATCH_epc, unless you ask as an association. */
        MATCH_anyEPCClass?: string;
        /** @description At most this many events in the page (default 30, at most 100). */
        perPage?: number;
        /** @description The token of the `Link: <…>; rel="next"` header of the previous page, with the same other parameters. */
        nextPageToken?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The events of this page */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The EPCIS version of the document */
          'GS1-EPCIS-Version'?: string;
          /** @description The CBV version of its vocabulary */
          'GS1-CBV-Version'?: string;
          /** @description The next page: `<URL>; rel="next"`; absent on the last page */
          Link?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EPCISQueryDocument'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  qrSvg: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        lotId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description SVG */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'image/svg+xml': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  qrPng: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        lotId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description PNG */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'image/png': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  labels: {
    parameters: {
      query?: {
        /** @description Labels to print; 24 fill one A4 page */
        copies?: number;
        /** @description Language of the label text (else Accept-Language, else Spanish) */
        lang?: 'es' | 'en' | 'qu';
      };
      header?: never;
      path: {
        lotId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description HTML */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  page: {
    parameters: {
      query?: {
        lang?: string;
      };
      header?: never;
      path: {
        lotId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description HTML */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  digitalLink: {
    parameters: {
      query?: {
        /** @description GS1 link type: `gs1:traceability` (the proof bundle, or the page to a browser), `gs1:epcis`, `gs1:pip` (product information), `linkset` (every link, RFC 9264); anything else gives the default link. Other query parameters (utm_*, GS1 data attributes) are ignored. */
        linkType?: string;
      };
      header?: never;
      path: {
        /** @description GTIN-8, -12, -13 or -14; stored and answered as 14 digits (left-padded with zeros). One product has it, across all organisations. */
        gtin: string;
        lotCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The linkset, for `?linkType=linkset` or `Accept: application/linkset+json` */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/linkset+json': components['schemas']['Linkset'];
        };
      };
      /** @description Redirect to /p/{lotId} by default */
      302: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The link chosen */
          Location?: string;
          /** @description The linkset of this Digital Link (`rel="linkset"`) */
          Link?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  productDigitalLink: {
    parameters: {
      query?: {
        /** @description GS1 link type: `gs1:traceability` (the proof bundle, or the page to a browser), `gs1:epcis`, `gs1:pip` (product information), `linkset` (every link, RFC 9264); anything else gives the default link. Other query parameters (utm_*, GS1 data attributes) are ignored. */
        linkType?: string;
      };
      header?: never;
      path: {
        /** @description GTIN-8, -12, -13 or -14; stored and answered as 14 digits (left-padded with zeros). One product has it, across all organisations. */
        gtin: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The linkset, for `?linkType=linkset` or `Accept: application/linkset+json` */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/linkset+json': components['schemas']['Linkset'];
        };
      };
      /** @description Redirect to /v1/orgs/{orgId}/products/{productId} */
      302: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description The link chosen */
          Location?: string;
          /** @description The linkset of this Digital Link (`rel="linkset"`) */
          Link?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getFund: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        fundId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The fund */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundSummary'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  putPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        fundId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FundPolicy'];
      };
    };
    responses: {
      /** @description The updated book */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundBook'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postCapital: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        fundId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CapitalContribution'];
      };
    };
    responses: {
      /** @description The journal entry */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JournalEntry'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postReversal: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        fundId: string;
        entryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @description The original entry's value date (with the entry id, it finds the entry); the reversal itself is dated today
           * @example 2026-03-15
           */
          valueDate: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description The reversing entry */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JournalEntry'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listLedgerRoute: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        fundId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of entries */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JournalEntryPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  exportLedgerCsv: {
    parameters: {
      query: {
        /** @description First value date exported (included) */
        from: string;
        /** @description Last value date exported (included); at most 366 days after `from`, counting both */
        to: string;
        /** @description Opaque cursor from the previous page (its `X-Next-Cursor` header, or the `Link` rel="next" URL) */
        cursor?: string;
        /** @description Rows per page, at most 1000 (500 by default); the next page is in the `Link` header */
        limit?: number;
      };
      header?: never;
      path: {
        fundId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the journal, as CSV */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description attachment; filename="…" (the download name) */
          'Content-Disposition'?: string;
          /** @description The next page, `<…>; rel="next"` (RFC 8288); absent on the last page */
          Link?: string;
          /** @description The cursor of the next page; absent on the last page */
          'X-Next-Cursor'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 2 requests per second (bursts of 5) over all callers, since a CSV export reads up to thousands of items. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  exportLoansCsv: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page (its `X-Next-Cursor` header, or the `Link` rel="next" URL) */
        cursor?: string;
        /** @description Rows per page, at most 1000 (500 by default); the next page is in the `Link` header */
        limit?: number;
        status?: 'submitted' | 'approved' | 'rejected' | 'withdrawn' | 'active' | 'in_arrears' | 'closed_repaid' | 'written_off' | 'restructured';
      };
      header?: never;
      path: {
        fundId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the loans, as CSV */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description attachment; filename="…" (the download name) */
          'Content-Disposition'?: string;
          /** @description The next page, `<…>; rel="next"` (RFC 8288); absent on the last page */
          Link?: string;
          /** @description The cursor of the next page; absent on the last page */
          'X-Next-Cursor'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 2 requests per second (bursts of 5) over all callers, since a CSV export reads up to thousands of items. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getMetrics: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path: {
        fundId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metrics on asOf */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FundMetrics'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postOfficerApplication: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        fundId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoanApplicationByOfficer'];
      };
    };
    responses: {
      /** @description The application (a loan in status submitted) */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Loan'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listFundLoansRoute: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
        status?: 'submitted' | 'approved' | 'rejected' | 'withdrawn' | 'active' | 'in_arrears' | 'closed_repaid' | 'written_off' | 'restructured';
      };
      header?: never;
      path: {
        fundId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of loans */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getWorklist: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
        /** @description daysLate: most days late first (then most overdue); amountOverdue: most overdue first (then most days late) */
        sort?: 'daysLate' | 'amountOverdue';
      };
      header?: never;
      path: {
        fundId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the worklist */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorklistPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getFundLoan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        fundId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The loan */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Loan'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postEvaluation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        fundId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoanEvaluation'];
      };
    };
    responses: {
      /** @description The evaluated application */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Loan'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        fundId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
          /** @description Why the application is approved; required when the evaluation recommended 'reject' (kept as the approval's reason) */
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The approved loan */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Loan'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postRejection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        fundId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description The rejected application */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Loan'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postDisbursement: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        fundId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: date
           * @description The day the money left the fund (today by default, never in the future)
           * @example 2026-03-15
           */
          valueDate?: string;
        };
      };
    };
    responses: {
      /** @description The active loan and its entry */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanPosting'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postRepayment: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        fundId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Repayment'];
      };
    };
    responses: {
      /** @description The loan after the payment and the entry */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanPosting'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postWriteOff: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        fundId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          /**
           * Format: date
           * @example 2026-03-15
           */
          valueDate?: string;
        };
      };
    };
    responses: {
      /** @description The loan, unchanged but for its pendingProposal */
      202: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Loan'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postWriteOffApproval: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        fundId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The confirming approver's note, kept in the loan's proposal history */
          note?: string;
        };
      };
    };
    responses: {
      /** @description The written-off loan and its entry */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanPosting'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postWriteOffWithdrawal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        fundId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The loan without a pending proposal */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Loan'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postRestructure: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        fundId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          terms: components['schemas']['LoanTerms'];
          reason: string;
          /**
           * Format: date
           * @example 2026-03-15
           */
          valueDate?: string;
        };
      };
    };
    responses: {
      /** @description The loan, unchanged but for its pendingProposal */
      202: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Loan'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postRestructureApproval: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        fundId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The confirming approver's note, kept in the loan's proposal history */
          note?: string;
        };
      };
    };
    responses: {
      /** @description Both loans and the entry */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Restructuring'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postRestructureWithdrawal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        fundId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The loan without a pending proposal */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Loan'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postAssociationApplication: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoanApplicationByAssociation'];
      };
    };
    responses: {
      /** @description The application */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Loan'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listAssociationLoansRoute: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
        status?: 'submitted' | 'approved' | 'rejected' | 'withdrawn' | 'active' | 'in_arrears' | 'closed_repaid' | 'written_off' | 'restructured';
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of loans */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoanPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getAssociationLoan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The loan */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Loan'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  postWithdrawal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        loanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The withdrawn application */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Loan'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listWebhookEndpoints: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The endpoints */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointList'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  createWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookEndpointInput'];
      };
    };
    responses: {
      /** @description The endpoint, with its secret */
      201: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointWithSecret'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        endpointId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The endpoint */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpoint'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  deleteWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        endpointId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  updateWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        endpointId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookEndpointPatch'];
      };
    };
    responses: {
      /** @description The endpoint */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpoint'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  rotateWebhookSecret: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
        endpointId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookSecretRotation'];
      };
    };
    responses: {
      /** @description The endpoint, with its new secret */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointWithSecret'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  pingWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
        endpointId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Empty'];
      };
    };
    responses: {
      /** @description What the receiver answered */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookPingResult'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 1 requests per second (bursts of 3) over all callers, since each call makes Ayni send a request to another server. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        orgId: string;
        endpointId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of deliveries */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryPage'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  getWebhookDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        endpointId: string;
        eventId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delivery */
      200: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryDetail'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  redeliverWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
        endpointId: string;
        eventId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Empty'];
      };
    };
    responses: {
      /** @description The delivery, queued */
      202: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDelivery'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state */
      409: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/conflict",
           *       "code": "conflict",
           *       "title": "Conflict with the current state",
           *       "status": 409,
           *       "detail": "Conflict with the current state",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 100 requests per second (bursts of 200) over all callers. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  replayWebhookDeliveries: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller. */
        'idempotency-key'?: string;
      };
      path: {
        orgId: string;
        endpointId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhookReplay'];
      };
    };
    responses: {
      /** @description What was queued */
      202: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key. */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookReplayResult'];
        };
      };
      /** @description Invalid request: the problem lists each failing field */
      400: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/validation-failed",
           *       "code": "validation-failed",
           *       "title": "Your request has invalid fields",
           *       "status": 400,
           *       "detail": "lines.0.quantity: must be a positive decimal",
           *       "errors": [
           *         {
           *           "path": "lines.0.quantity",
           *           "message": "must be a positive decimal",
           *           "code": "invalid_format"
           *         }
           *       ],
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing, expired or invalid bearer token */
      401: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unauthenticated",
           *       "code": "unauthenticated",
           *       "title": "Authentication required",
           *       "status": 401,
           *       "detail": "Authentication required",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/forbidden",
           *       "code": "forbidden",
           *       "title": "You may not do this",
           *       "status": 403,
           *       "detail": "You may not do this",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/not-found",
           *       "code": "not-found",
           *       "title": "Not found",
           *       "status": 404,
           *       "detail": "Not found",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Idempotency-Key reused with a different request, or a rule refused it */
      422: {
        headers: {
          /** @description The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it. */
          'X-Request-Id'?: string;
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "type": "https://api.ayni.example/problems/unprocessable",
           *       "code": "unprocessable",
           *       "title": "The request cannot be processed as sent",
           *       "status": 422,
           *       "detail": "The request cannot be processed as sent",
           *       "instance": "/v1/orders",
           *       "requestId": "5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10"
           *     }
           */
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Throttled by API Gateway: this route takes 1 requests per second (bursts of 3) over all callers, since each call makes Ayni send a request to another server. Retry with exponential backoff. */
      429: {
        headers: {
          /** @description API Gateway’s id of the request */
          'apigw-requestid'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example Too Many Requests */
            message?: string;
          };
        };
      };
    };
  };
  webhook_order_placed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'order.placed';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['OrderEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_order_confirmed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'order.confirmed';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['OrderEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_order_partially_confirmed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'order.partially_confirmed';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['OrderEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_order_rejected: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'order.rejected';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['OrderEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_order_cancelled: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'order.cancelled';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['OrderEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_order_expired: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'order.expired';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['OrderEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_order_dispatched: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'order.dispatched';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['OrderEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_order_delivered: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'order.delivered';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['OrderEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_order_invoiced: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'order.invoiced';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['OrderEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_order_paid: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'order.paid';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['OrderEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_invoice_issued: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'invoice.issued';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['DocumentEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_credit_note_issued: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'credit_note.issued';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['DocumentEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_lot_created: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'lot.created';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['LotCreatedEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_provenance_event_recorded: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'provenance.event_recorded';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['ProvenanceEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_lot_events_anchored: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'lot.events_anchored';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['LotAnchoringEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_lot_events_finalized: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'lot.events_finalized';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['LotAnchoringEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_loan_applied: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'loan.applied';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['LoanEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_loan_approved: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'loan.approved';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['LoanEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_loan_rejected: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'loan.rejected';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['LoanEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_loan_disbursed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'loan.disbursed';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['LoanEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_loan_repayment_posted: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'loan.repayment_posted';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['LoanEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_loan_installment_due: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'loan.installment_due';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['LoanEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_loan_installment_overdue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'loan.installment_overdue';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['LoanEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_loan_in_arrears: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'loan.in_arrears';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['LoanEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_loan_written_off: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'loan.written_off';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['LoanEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhook_webhook_ping: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The event id, also in `webhook-id`: deduplicate by it */
          id: string;
          /** @enum {string} */
          type: 'webhook.ping';
          /**
           * Format: date-time
           * @description When the change happened
           * @example 2026-11-20T15:04:05.000Z
           */
          timestamp: string;
          /** @enum {number} */
          version: 1;
          /** @description What the event is about; order an aggregate’s events by `seq` */
          aggregate: {
            /** @enum {string} */
            type: 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';
            id: string;
            seq: number;
          };
          data: components['schemas']['PingEventData'];
        };
      };
    };
    responses: {
      /** @description Any 2xx acknowledges the delivery */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
