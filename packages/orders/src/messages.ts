import { defineMessages, registerFieldTexts } from '@ayni/core';

/**
 * What the orders domain says to people, in Spanish, Southern Quechua (Cusco-Collao, terms as in
 * docs/glossary-qu.md; still to be reviewed by a native speaker) and English. The English text of
 * each entry is what `error.message` carries (logs), so it stays as the code said it before.
 */
export const MESSAGES = defineMessages({
  // Placement and stock
  'orders.no-buyer-org': {
    es: 'Tu token no indica ninguna organización compradora.',
    qu: 'Token-niykiqa mana rantiq huñunakuyta sutinchanchu.',
    en: 'Your token names no buyer organisation.',
  },
  'orders.buyer-not-active': {
    es: 'Solo una organización compradora activa puede hacer pedidos.',
    qu: 'Llamk’achkaq rantiq huñunakuyllam mañakusqakunata ruwanman.',
    en: 'Only an active buyer organisation may place orders.',
  },
  'orders.product-withdrawn': {
    es: '{product} ya no se ofrece.',
    qu: '{product} ruruqa manañam rantikunchu.',
    en: '{product} is no longer offered.',
  },
  'orders.insufficient-stock': {
    es: 'No hay suficiente {product}: pediste {asked}, quedan {available}.',
    qu: '{product} kaqninqa mana aypanchu: {asked} mañakurqanki, {available} kachkan.',
    en: 'Not enough {product}: asked {asked}, available {available}.',
  },
  'orders.insufficient-stock-delivery': {
    es: 'No hay suficiente {product} para esta entrega: se pidió {asked}, quedan {available}.',
    qu: 'Kay haypachiypaq {product} kaqninqa mana aypanchu: {asked} mañakurqan, {available} kachkan.',
    en: 'Not enough {product} for this delivery: asked {asked}, available {available}.',
  },
  'orders.nothing-servable': {
    es: 'Ninguna línea de este pedido se puede atender con el stock disponible.',
    qu: 'Kaqninwanqa kay mañakusqamanta mana imatapas haypachiyta atikunchu.',
    en: 'No line of this order can be served from the stock available.',
  },
  'orders.order-id-taken': {
    es: 'Este id de pedido ya está en uso.',
    qu: 'Kay mañakusqa id-qa ña llamk’achkanñam.',
    en: 'This order id is taken.',
  },
  'orders.order-not-found': {
    es: 'No existe el pedido {orderId}.',
    qu: '{orderId} mañakusqaqa mana tarikunchu.',
    en: 'No order {orderId}.',
  },
  'orders.lot-not-found': {
    es: 'No existe el lote {lotId} en esta organización.',
    qu: 'Kay huñunakuypiqa {lotId} loteqa mana tarikunchu.',
    en: 'No lot {lotId} in this organisation.',
  },

  // Agreements and prices
  'orders.quote-own-org-only': {
    es: 'Solo puedes cotizar precios para tu propia organización.',
    qu: 'Huñunakuyniykipaqllam chanikunata tapukuyta atinki.',
    en: 'You may only quote prices for your own organisation.',
  },
  'orders.product-not-offered': {
    es: 'Esta asociación no ofrece ningún producto {productId}.',
    qu: 'Kay huñunakuypiqa {productId} ruruqa mana tarikunchu.',
    en: 'No product {productId} offered by this association.',
  },
  'orders.price.tier': {
    es: 'Tramo del acuerdo: desde {minQuantity} el precio unitario es {price}.',
    qu: 'Acuerdoq tramon: {minQuantity}-manta hanayman, sapa unidadpa chaninqa {price}.',
    en: 'Tier of the agreement: from {minQuantity} the unit price is {price}.',
  },
  'orders.price.agreement': {
    es: 'Precio pactado en el acuerdo vigente desde el {validFrom}.',
    qu: 'Acuerdopi rimanakusqa chani, {validFrom}-manta.',
    en: 'Price agreed in the agreement valid from {validFrom}.',
  },
  'orders.price.agreement-until': {
    es: 'Precio pactado en el acuerdo vigente desde el {validFrom} hasta el {validTo}.',
    qu: 'Acuerdopi rimanakusqa chani, {validFrom}-manta {validTo}-kama.',
    en: 'Price agreed in the agreement valid from {validFrom} to {validTo}.',
  },
  'orders.price.catalog-not-agreed': {
    es: 'El acuerdo no tiene precio para este producto: precio de catálogo.',
    qu: 'Acuerdopiqa kay rurupaq mana chani kanchu: catálogo chani.',
    en: 'The agreement has no price for this product: catalog price.',
  },
  'orders.price.catalog': {
    es: 'No hay acuerdo vigente entre este comprador y la asociación: precio de catálogo.',
    qu: 'Kay rantiqwan huñunakuywan mana acuerdo kanchu: catálogo chani.',
    en: 'No agreement in force between this buyer and the association: catalog price.',
  },

  // Agreements as living documents: amendments, extensions, endings
  'orders.agreement-not-found': {
    es: 'No existe el acuerdo {agreementId}.',
    qu: '{agreementId} acuerdoqa mana tarikunchu.',
    en: 'No agreement {agreementId}.',
  },
  'orders.agreement-version-changed': {
    es: 'El acuerdo cambió desde que lo leíste: ahora está en la versión {version} (ETag {etag}).',
    qu: 'Acuerdoqa ñawinchasqaykimanta huknirayarqanña: kunanqa {version} versiónpim kachkan (ETag {etag}).',
    en: 'The agreement changed since you read it: it is now at version {version} (ETag {etag}).',
  },
  'orders.agreement-ended': {
    es: 'El acuerdo terminó el {validTo} y ya no se puede cambiar: firma uno nuevo.',
    qu: 'Acuerdoqa {validTo} p’unchawpi tukukurqanña, manañam huknirayachiyta atikunchu: musuq acuerdota ruway.',
    en: 'The agreement ended on {validTo} and can no longer be changed: sign a new one.',
  },
  'orders.agreement-busy': {
    es: 'Otros cambios del acuerdo se están guardando a la vez: vuelve a intentarlo.',
    qu: 'Acuerdoq huk huknirayachiyninkunam kikin pachapi waqaychakuchkan: wakmanta ruway.',
    en: 'Other changes to the agreement are being saved at the same time: try again.',
  },
  'orders.field.not-in-agreement': {
    es: 'no tiene precio en este acuerdo',
    qu: 'kay acuerdopiqa mana chaniyuqchu',
    en: 'has no price in this agreement',
  },
  'orders.field.agreement-keeps-a-price': {
    es: 'un acuerdo conserva al menos un precio: para dejarlo sin efecto, termínalo',
    qu: 'acuerdoqa huk chanitapas waqaychanan: mana kananpaqqa tukuchiy',
    en: 'an agreement keeps at least one price: end it instead',
  },

  // Lifecycle
  'orders.parties-only': {
    es: 'Solo las partes de un pedido pueden moverlo.',
    qu: 'Mañakusqataqa rantiqnin, vendeqninllam kuyuchiyta atinku.',
    en: 'Only the parties of an order move it.',
  },
  'orders.party-may-not.buyer': {
    es: 'El comprador no puede hacer «{action}» en un pedido.',
    qu: 'Rantiqqa mañakusqapi mana «{action}» ruwayta atinchu.',
    en: 'The buyer may not {action} an order.',
  },
  'orders.party-may-not.association': {
    es: 'La asociación no puede hacer «{action}» en un pedido.',
    qu: 'Huñunakuyqa mañakusqapi mana «{action}» ruwayta atinchu.',
    en: 'The association may not {action} an order.',
  },
  'orders.party-may-not.system': {
    es: 'El sistema no puede hacer «{action}» en un pedido.',
    qu: 'Sistemaqa mañakusqapi mana «{action}» ruwayta atinchu.',
    en: 'The system may not {action} an order.',
  },
  'orders.illegal-transition': {
    es: 'No se puede hacer «{action}» en un pedido en estado «{status}».',
    qu: '«{status}» kachkaq mañakusqapiqa mana «{action}» ruwayta atikunchu.',
    en: 'Cannot {action} an order that is {status}.',
  },
  'orders.lots-changed': {
    es: 'Los lotes cambiaron mientras se asignaban; vuelve a intentar el despacho.',
    qu: 'Lotekunaqa rakichkaptiyku cambiarqan; despachota wakmanta ruway.',
    en: 'The lots changed while allocating; retry the dispatch.',
  },
  'orders.order-kept-changing': {
    es: 'El pedido siguió cambiando mientras tanto; vuelve a leerlo e inténtalo de nuevo.',
    qu: 'Mañakusqaqa chaykama cambiachkarqanpuni; wakmanta ñawinchay, wakmanta ruway.',
    en: 'The order kept changing meanwhile; read it again and retry.',
  },
  'orders.too-many-changes': {
    es: 'Demasiados cambios a la vez; vuelve a intentarlo en un momento.',
    qu: 'Nisyu cambiokuna kuska; huk ratumanta wakmanta ruway.',
    en: 'Too many concurrent changes; retry shortly.',
  },
  'orders.lots-short': {
    es: 'Los lotes de {sku} tienen menos de lo que necesita la línea {line}.',
    qu: '{sku}-pa lotenkunaqa {line} líneaq munasqanmanta aslla.',
    en: 'The lots of {sku} hold less than line {line} needs.',
  },
  'orders.too-many-lots': {
    es: 'Este pedido usa demasiados lotes para despacharlo de una vez; divídelo.',
    qu: 'Kay mañakusqaqa nisyu lotekunamantam; huk kutillapi mana despachakunmanchu, rakiy.',
    en: 'This order draws on too many lots to dispatch at once; split it.',
  },

  // Invoices and credit notes
  'orders.series-contended': {
    es: 'Se están emitiendo demasiados documentos de la serie {series} a la vez; vuelve a intentarlo en un momento.',
    qu: '{series} seriepi nisyu qillqakunatam kuska ruwachkanku; huk ratumanta wakmanta ruway.',
    en: 'Too many documents of series {series} are being issued at once; retry shortly.',
  },
  'orders.document-not-found': {
    es: 'No existe el documento {number}.',
    qu: '{number} qillqaqa mana tarikunchu.',
    en: 'No document {number}.',
  },
  'orders.invoice-fully-credited': {
    es: 'La factura {invoice} está acreditada por completo ({total}): no queda nada por acreditar.',
    qu: '{invoice} facturaqa llapanpi acreditasqañam ({total}): manañam imapas acreditanapaq kanchu.',
    en: 'Invoice {invoice} is credited in full ({total}): nothing remains to credit.',
  },
  'orders.receivables-summary': {
    es: 'Sus compradores le deben {open}; de eso, {overdue} ya venció.',
    qu: 'Rantiqkunaqa {open}-ta manukusunki; chaymanta {overdue}-pa p’unchawninqa ña pasarqan.',
    en: 'Your buyers owe you {open}; {overdue} of it is past due.',
  },
  'orders.receivables-none': {
    es: 'Nadie le debe nada: no hay facturas pendientes de cobro.',
    qu: 'Manam pipas imatapas manukusunkichu: manam cobranapaq facturakuna kanchu.',
    en: 'Nobody owes you anything: no invoice is waiting to be paid.',
  },
  'orders.payables-summary': {
    es: 'Usted debe {open}; de eso, {overdue} ya venció.',
    qu: '{open}-ta manukunki; chaymanta {overdue}-pa p’unchawninqa ña pasarqan.',
    en: 'You owe {open}; {overdue} of it is past due.',
  },
  'orders.payables-none': {
    es: 'No debe nada: no tiene facturas pendientes de pago.',
    qu: 'Manam imatapas manukunkichu: manam payllanaykipaq facturakuna kanchu.',
    en: 'You owe nothing: no invoice is waiting for your payment.',
  },
  'orders.credit-exceeds-invoice': {
    es: 'Una nota de crédito de la factura {invoice} puede ser como máximo de {remaining} (ya se acreditó {credited} de su total de {total}): baja el monto en {excess}.',
    qu: '{invoice} facturapaq nota de crédito nisqaqa {remaining}-kamalla kanman ({total}-manta {credited} ña acreditasqa): {excess}-ta pisiyachiy.',
    en: 'A credit note on invoice {invoice} may be for at most {remaining} ({credited} of its {total} is credited already): lower the amount by {excess}.',
  },
  'orders.ubl-not-an-invoice': {
    es: 'Solo una factura se escribe como UBL para SUNAT; una nota de crédito todavía no.',
    qu: 'Facturallatam SUNATpaq UBL nisqapi qillqakun; nota de créditoqa manaraqmi.',
    en: 'Only an invoice is written as UBL for SUNAT; a credit note is not yet.',
  },
  'orders.ubl-not-peruvian': {
    es: 'La factura electrónica UBL de SUNAT es para vendedores del Perú; en Bolivia rige el SIAT.',
    qu: 'SUNATpa UBL facturanqa Perú suyu vendeqkunapaqmi; Boliviapiqa SIATmi kamachin.',
    en: 'SUNAT’s UBL invoice is for sellers in Peru; in Bolivia, SIAT applies.',
  },
  'orders.ubl-no-tax-lines': {
    es: 'La factura {invoice} se emitió antes de que las facturas llevaran IGV por línea; no se puede escribir como UBL.',
    qu: '{invoice} facturaqa sapanka siqipi IGV manaraq kachkaptin qusqa karqan; manam UBL nisqapi qillqakuyta atinchu.',
    en: 'Invoice {invoice} was issued before invoices carried IGV per line; it cannot be written as UBL.',
  },
  'orders.ubl-no-seller-ruc': {
    es: 'El vendedor no tiene RUC registrado; regístralo para emitir la factura electrónica.',
    qu: 'Vendeqpa RUCnin manam qillqasqachu; qillqay factura electrónica qunapaq.',
    en: 'The seller has no RUC on record; record it to issue the electronic invoice.',
  },
  'orders.only-invoice-credited': {
    es: 'Solo una factura se puede corregir con una nota de crédito.',
    qu: 'Facturallatam nota de crédito nisqawan allichakunman.',
    en: 'Only an invoice can be corrected by a credit note.',
  },

  // Standing orders
  'orders.standing-not-found': {
    es: 'No existe el pedido recurrente {templateId}.',
    qu: '{templateId} sapa kuti mañakusqaqa mana tarikunchu.',
    en: 'No standing order {templateId}.',
  },
  'orders.standing-changed': {
    es: 'El pedido recurrente cambió mientras tanto; vuelve a leerlo e inténtalo de nuevo.',
    qu: 'Sapa kuti mañakusqaqa chaykama cambiarqan; wakmanta ñawinchay, wakmanta ruway.',
    en: 'The standing order changed meanwhile; read it again and retry.',
  },
  'orders.standing-already-generated': {
    es: 'El pedido del {date} ya se generó ({outcome}); cancela ese pedido en su lugar.',
    qu: '{date} p’unchawpaq mañakusqaqa ñam ruwakurqanña ({outcome}); aswanpas chay mañakusqata anulay.',
    en: 'The order for {date} was already generated ({outcome}); cancel that order instead.',
  },

  // Re-ordering: what changed since the past order
  'orders.reorder.price-changed': {
    es: '{product}: el precio cambió de {from} a {to}.',
    qu: '{product}: chaninqa {from}-manta {to}-man huknirayarqan.',
    en: '{product}: the price changed from {from} to {to}.',
  },
  'orders.reorder.raised-to-minimum': {
    es: '{product}: la cantidad pasó de {from} a {to}, el pedido mínimo de hoy.',
    qu: '{product}: hayk’anqa {from}-manta {to}-man yapakurqan, kunan p’unchawpa aschallan mañakunan.',
    en: '{product}: the quantity went from {from} to {to}, today’s minimum order.',
  },
  'orders.reorder.rounded-to-multiple': {
    es: '{product}: la cantidad pasó de {from} a {to}, múltiplo de {multiple}.',
    qu: '{product}: hayk’anqa {from}-manta {to}-man huknirayarqan, {multiple}-pa miraynin.',
    en: '{product}: the quantity went from {from} to {to}, a multiple of {multiple}.',
  },
  'orders.reorder.reduced-to-stock': {
    es: '{product}: solo quedan {available}; se pide {to} en lugar de {from}.',
    qu: '{product}: {available}-llam kachkan; {from}-pa rantinpi {to} mañakun.',
    en: '{product}: only {available} left; {to} ordered instead of {from}.',
  },
  'orders.reorder.withdrawn': {
    es: '{product} ya no se ofrece: quedó fuera del pedido.',
    qu: '{product} ruruqa manañam rantikunchu: mañakusqamanta hawapi qhepan.',
    en: '{product} is no longer offered: left out of the order.',
  },
  'orders.reorder.out-of-stock': {
    es: '{product} está agotado (quedan {available}): quedó fuera del pedido.',
    qu: '{product} tukukurqanña ({available} kachkan): mañakusqamanta hawapi qhepan.',
    en: '{product} is out of stock ({available} left): left out of the order.',
  },
  'orders.reorder.nothing': {
    es: 'No se puede volver a pedir nada del pedido {orderId}: ya no se ofrecen o están agotados {products}.',
    qu: '{orderId} mañakusqamantaqa manam imatapas wakmanta mañakuyta atikunchu: {products} manañam rantikunchu utaq tukukurqanña.',
    en: 'Nothing of order {orderId} can be ordered again: {products} are no longer offered or are out of stock.',
  },

  // The association's day
  'orders.preparation.truncated': {
    es: 'Estas fechas tienen más de {cap} pedidos o lotes: los totales no los incluyen todos; acorta el rango.',
    qu: 'Kay p’unchawkunapiqa {cap}-manta aswan mañakusqakuna utaq lotekuna kan: yupaykunaqa mana llapantachu hap’in; pisiyachiy p’unchawkunata.',
    en: 'These dates hold more than {cap} orders or lots: the totals do not include them all; shorten the range.',
  },

  // Field messages written by the services (beside their English `message`)
  'orders.field.required': { es: 'es obligatorio', qu: 'kananpunim', en: 'is required' },
  'orders.field.skip-date-required': {
    es: 'es obligatorio para saltar una entrega',
    qu: 'huk haypachiyta saqinapaqqa kananpunim',
    en: 'is required to skip a delivery',
  },
  'orders.field.cursor-foreign': { es: 'no pertenece a este listado', qu: 'mana kay listapaqchu', en: 'does not belong to this listing' },
  'orders.field.not-active-buyer': {
    es: 'no es una organización compradora activa',
    qu: 'mana llamk’achkaq rantiq huñunakuychu',
    en: 'is not an active buyer organisation',
  },
  'orders.field.not-association-product': {
    es: 'no es un producto de esta asociación',
    qu: 'mana kay huñunakuypa rurunchu',
    en: 'is not a product of this association',
  },
  'orders.field.not-offered-product': {
    es: 'no es un producto que ofrezca esta asociación',
    qu: 'mana kay huñunakuypa rantikusqan rurunchu',
    en: 'is not a product offered by this association',
  },
  'orders.field.currency-mismatch': {
    es: 'tiene precio en {productCurrency}, no en {currency}',
    qu: '{productCurrency}-pim chaniyuq, mana {currency}-pichu',
    en: 'is priced in {productCurrency}, not {currency}',
  },
  'orders.field.one-currency': {
    es: 'todos los productos de un pedido deben tener precio en una misma moneda',
    qu: 'huk mañakusqapiqa llapan rurukuna huk qullqillapi chaniyuq kananku',
    en: 'all products of an order must be priced in one currency',
  },
  'orders.field.positive': { es: 'debe ser positivo', qu: '0-manta aswan kanan', en: 'must be positive' },
  'orders.field.not-expressible': { es: 'no se puede expresar en {unit}', qu: '{unit}-pi mana qillqakuyta atikunchu', en: 'is not expressible in {unit}' },
  'orders.field.below-minimum': {
    es: 'está por debajo del pedido mínimo de {minimum}: agrega {add}',
    qu: 'aschallanpas {minimum} mañakunayki: {add} yapay',
    en: 'is below the minimum order of {minimum}: add {add}',
  },
  'orders.field.not-multiple': {
    es: 'debe ser múltiplo de {multiple}: agrega {add} o quita {remove}',
    qu: '{multiple}-pa miraynin kanan: {add} yapay utaq {remove} qichuy',
    en: 'must be a multiple of {multiple}: add {add} or remove {remove}',
  },
  'orders.field.accept-below-minimum.nearest': {
    es: 'está por debajo del pedido mínimo de {minimum}: las cantidades permitidas más cercanas son {below} y {above} (quita {remove} o agrega {add})',
    qu: 'aschallanpas {minimum} kanan: qayllan atikuq hayk’akunaqa {below} utaq {above} ({remove} qichuy utaq {add} yapay)',
    en: 'is below the minimum order of {minimum}: the nearest allowed quantities are {below} and {above} (remove {remove} or add {add})',
  },
  'orders.field.accept-below-minimum.add': {
    es: 'está por debajo del pedido mínimo de {minimum}: agrega {add} (acepta {above}), o acepta {zero} para rechazar la línea',
    qu: 'aschallanpas {minimum} kanan: {add} yapay ({above} chaskiy), utaq {zero} chaskiy línea mana chaskinaykipaq',
    en: 'is below the minimum order of {minimum}: add {add} (accept {above}), or accept {zero} to decline the line',
  },
  'orders.field.accept-not-multiple.nearest': {
    es: 'debe ser múltiplo de {multiple}: las cantidades permitidas más cercanas son {below} y {above} (quita {remove} o agrega {add})',
    qu: '{multiple}-pa miraynin kanan: qayllan atikuq hayk’akunaqa {below} utaq {above} ({remove} qichuy utaq {add} yapay)',
    en: 'must be a multiple of {multiple}: the nearest allowed quantities are {below} and {above} (remove {remove} or add {add})',
  },
  'orders.field.accept-not-multiple.add': {
    es: 'debe ser múltiplo de {multiple}: agrega {add} (acepta {above}), o acepta {zero} para rechazar la línea',
    qu: '{multiple}-pa miraynin kanan: {add} yapay ({above} chaskiy), utaq {zero} chaskiy línea mana chaskinaykipaq',
    en: 'must be a multiple of {multiple}: add {add} (accept {above}), or accept {zero} to decline the line',
  },
  'orders.field.in-past-today': {
    es: 'no debe estar en el pasado (hoy es {today})',
    qu: 'mana ñawpaq p’unchawchu kanan (kunanqa {today})',
    en: 'must not be in the past (today is {today})',
  },
  'orders.field.in-past': { es: 'no debe estar en el pasado', qu: 'mana ñawpaq p’unchawchu kanan', en: 'must not be in the past' },
  'orders.field.not-delivery-date': {
    es: 'no es una fecha de entrega de este pedido recurrente',
    qu: 'mana kay sapa kuti mañakusqaq haypachina p’unchawninchu',
    en: 'is not a delivery date of this standing order',
  },
  'orders.field.not-order-line': { es: 'no es una línea de este pedido', qu: 'mana kay mañakusqaq líneanchu', en: 'is not a line of this order' },
  'orders.field.appears-twice': { es: 'aparece dos veces', qu: 'iskay kutim rikhurin', en: 'appears twice' },
  'orders.field.exceeds-ordered': {
    es: 'no debe superar la cantidad pedida ({ordered})',
    qu: 'mañakusqa hayk’amanta mana aswanchu kanan ({ordered})',
    en: 'must not exceed the ordered quantity ({ordered})',
  },
  'orders.field.accepts-nothing': {
    es: 'no acepta nada: rechaza el pedido en su lugar',
    qu: 'mana imatapas chaskinchu: aswanpas mañakusqata mana chaskiy',
    en: 'accepts nothing: reject the order instead',
  },
  'orders.field.reason-required.buyer': {
    es: 'es obligatorio cuando lo hace el comprador',
    qu: 'rantiq kayta ruwaptinqa kananpunim',
    en: 'is required when the buyer does this',
  },
  'orders.field.reason-required.association': {
    es: 'es obligatorio cuando lo hace la asociación',
    qu: 'huñunakuy kayta ruwaptinqa kananpunim',
    en: 'is required when the association does this',
  },
  'orders.field.reason-required.system': {
    es: 'es obligatorio cuando lo hace el sistema',
    qu: 'sistema kayta ruwaptinqa kananpunim',
    en: 'is required when the system does this',
  },
  'orders.field.lines-only-confirm': {
    es: 'solo una confirmación indica líneas',
    qu: 'takyachiyllam líneakunata sutinchan',
    en: 'only a confirmation names lines',
  },
  'orders.field.not-before': { es: 'no debe ser anterior a {from}', qu: '{from}-manta mana ñawpaqchu kanan', en: 'must not be before {from}' },
});

/**
 * Messages the zod schemas write themselves (registered by their English text, see registerFieldTexts).
 * The registry is keyed by the English text across packages: an English text another package also
 * registers (catalog: 'must be positive', 'must not be empty', 'must be a date YYYY-MM-DD') is said the same way here.
 */
export const FIELD_TEXTS = defineMessages({
  'orders.schema.date': { es: 'debe ser una fecha AAAA-MM-DD', qu: 'p’unchaw kanan, AAAA-MM-DD hina', en: 'must be a date YYYY-MM-DD' },
  'orders.schema.month': { es: 'debe ser un mes AAAA-MM', qu: 'killa kanan, AAAA-MM hina', en: 'must be a month YYYY-MM' },
  'orders.schema.minor-units': {
    es: 'debe ser un número entero de unidades menores (céntimos)',
    qu: 'céntimokunapi hunt’asqa yupay kanan',
    en: 'must be an integer number of minor units (céntimos)',
  },
  'orders.schema.positive': { es: 'debe ser positivo', qu: '0-manta aswan kanan', en: 'must be positive' },
  'orders.schema.not-empty': { es: 'no debe estar vacío', qu: 'manam ch’usaqchu kanan', en: 'must not be empty' },
  'orders.schema.order-id': { es: 'debe ser un id de pedido (ord_...)', qu: 'mañakusqa id kanan (ord_...)', en: 'must be an order id (ord_...)' },
  'orders.schema.standing-id': {
    es: 'debe ser un id de pedido recurrente (sto_...)',
    qu: 'sapa kuti mañakusqa id kanan (sto_...)',
    en: 'must be a standing order id (sto_...)',
  },
  'orders.schema.document-number': {
    es: 'debe ser un número de documento como F001-00000001',
    qu: 'F001-00000001 hina qillqa yupay kanan',
    en: 'must be a document number like F001-00000001',
  },
  'orders.schema.valid-to-before-from': {
    es: 'no debe ser anterior a validFrom',
    qu: 'validFrom-manta mana ñawpaqchu kanan',
    en: 'must not be before validFrom',
  },
  'orders.schema.agreement-no-change': {
    es: 'debe indicar al menos un cambio (prices, remove o validTo)',
    qu: 'huk huknirayachiytapas sutinchanan (prices, remove utaq validTo)',
    en: 'must name at least one change (prices, remove or validTo)',
  },
  'orders.schema.agreement-id': { es: 'debe ser un id de acuerdo (agr_...)', qu: 'acuerdo id kanan (agr_...)', en: 'must be an agreement id (agr_...)' },
  'orders.schema.if-match': {
    es: 'debe ser * o etiquetas de entidad como las envía ETag, p. ej. "3"',
    qu: '* utaq ETag-pa kachasqan hina entity tag kanan, kayhina: "3"',
    en: 'must be * or entity tags as sent in ETag, e.g. "3"',
  },
  'orders.schema.appears-twice': { es: 'aparece dos veces', qu: 'iskay kutim rikhurin', en: 'appears twice' },
  'orders.schema.date-or-range': {
    es: 'indica date o un rango from/to, no ambos',
    qu: 'date utaq from/to nisqata sutinchay, mana iskayninta',
    en: 'give date or a from/to range, not both',
  },
  'orders.schema.range-too-long': {
    es: 'el rango no debe pasar de 31 días',
    qu: 'p’unchawkunaqa 31-manta mana aswanchu kanan',
    en: 'the range must not exceed 31 days',
  },
  'orders.schema.to-before-from': { es: 'no debe ser anterior a from', qu: 'from-manta mana ñawpaqchu kanan', en: 'must not be before from' },
  'orders.schema.export-range-too-long': {
    es: 'el rango no debe pasar de 366 días',
    qu: 'p’unchawkunaqa 366-manta mana aswanchu kanan',
    en: 'the range must not exceed 366 days',
  },
});
registerFieldTexts(FIELD_TEXTS);
