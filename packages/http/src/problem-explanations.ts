import { defineMessages } from '@ayni/core';

/**
 * What each problem code means and what to do about it, in Spanish (the default), Southern Quechua
 * (Cusco-Collao, terms as in docs/glossary-qu.md) and English: the text of its page,
 * `GET /problems/{code}`, whose titles come from PROBLEM_TITLES. Every code of PROBLEM_CATALOG has an
 * entry (a test checks it). Technical tokens (code spans, header names, JSON paths) stay as they are
 * in every language.
 *
 * QUECHUA: these texts still await a native speaker's review (none has been done yet).
 */
export const PROBLEM_EXPLANATIONS = defineMessages({
  'validation-failed': {
    es: 'Faltan uno o más campos, parámetros de ruta, parámetros de consulta o cabeceras, o no tienen el formato correcto. `errors[]` nombra cada uno por su ruta (`lines.0.quantity`, `path.orgId`, `query.cursor`, `header.Idempotency-Key`) y dice qué está mal. Corrígelos y vuelve a enviar la solicitud; no se cambió nada.',
    qu: 'Wakin willakuykuna, ñanpa parámetronkuna, tapukuypa parámetronkuna utaq umakuna mana kanchu, utaq mana allintachu qillqasqa. `errors[]` nisqam sapankata ñanninwan sutinchan (`lines.0.quantity`, `path.orgId`, `query.cursor`, `header.Idempotency-Key`), imachus mana allin kasqantapas nin. Allichaspa mañakuyniykita wakmanta kachamuy; manam imapas cambiarqanchu.',
    en: 'One or more fields, path parameters, query parameters or headers are missing or malformed. `errors[]` names each one by its path (`lines.0.quantity`, `path.orgId`, `query.cursor`, `header.Idempotency-Key`) with what is wrong. Correct them and send the request again; nothing was changed.',
  },
  'epcis-query-too-broad': {
    es: 'Una consulta EPCIS sin token bearer (o de alguien que no actúa por una asociación) debe indicar los lotes por los que pregunta: `MATCH_anyEPCClass` (o `MATCH_epc`) con la clase EPC de un lote (su GS1 Digital Link `…/01/<GTIN>/10/<lot>`, una URN `urn:epc:class:lgtin:` o `<API base URL>/v1/lots/<lotId>`) o la clase GTIN de un producto (`…/01/<GTIN>`: todos sus lotes). El personal de una asociación puede listar sus propios eventos por fecha y paso de negocio con su token.',
    qu: 'Bearer token mana kaptin (utaq huñunakuypa sutinpi mana llamk’aq runa tapukuptin), EPCIS tapukuyqa mayqin lotekunamanta tapukusqanta sutinchanan: `MATCH_anyEPCClass` (utaq `MATCH_epc`) huk lotepa EPC clase-ninwan (GS1 Digital Link-nin `…/01/<GTIN>/10/<lot>`, huk `urn:epc:class:lgtin:` URN, utaq `<API base URL>/v1/lots/<lotId>`) utaq huk rurupa GTIN clase-ninwan (`…/01/<GTIN>`: llapan lotenkuna). Huñunakuypi llamk’aqkunaqa token-ninkuwan kikinkuq eventonkunata p’unchawman, ruwaypa patanman hinapas qhawayta atinku.',
    en: 'An EPCIS query without a bearer token (or by a caller who does not act for an association) must name the lots it asks about: `MATCH_anyEPCClass` (or `MATCH_epc`) with a lot’s EPC class (its GS1 Digital Link `…/01/<GTIN>/10/<lot>`, an `urn:epc:class:lgtin:` URN, or `<API base URL>/v1/lots/<lotId>`) or a product’s GTIN class (`…/01/<GTIN>`: all its lots). An association’s staff may list their own events by time and business step with their token.',
  },
  'malformed-body': {
    es: 'No se pudo leer el cuerpo como JSON. Envía un documento JSON con `Content-Type: application/json`.',
    qu: 'Ukhuntaqa mana JSON hina ñawinchayta atikunchu. JSON qillqata kachamuy, `Content-Type: application/json` nisqawan.',
    en: 'The body could not be parsed as JSON. Send a JSON document with `Content-Type: application/json`.',
  },
  'malformed-request': {
    es: 'El servidor no pudo leer la línea de la solicitud, las cabeceras o el Content-Length. Revisa lo que envía tu cliente.',
    qu: 'Servidorqa mañakuypa ñawpaq siqinta, umankunata utaq Content-Length nisqata mana ñawinchayta atirqanchu. Cliente-ykiq kachamusqanta qhaway.',
    en: 'The server could not read the request line, the headers or the Content-Length. Check what your client sends.',
  },
  unauthenticated: {
    es: 'Envía un token bearer válido (`Authorization: Bearer <JWT>`). Puede que falte el token, que haya vencido o que se haya emitido para otra audiencia.',
    qu: 'Allin bearer token-ta kachamuy (`Authorization: Bearer <JWT>`). Token-qa icha mana kanchu, pachan tukurqanña, utaq huk audienciapaq qusqa karqan.',
    en: 'Send a valid bearer token (`Authorization: Bearer <JWT>`). The token may be missing, expired, or issued for another audience.',
  },
  forbidden: {
    es: 'Tu token es válido, pero tu rol o tu organización no permite esta operación sobre este recurso.',
    qu: 'Token-niykiqa allinmi, ichaqa rol-niyki utaq huñunakuyniyki kay recursopi kay ruwayta mana saqinchu.',
    en: 'Your token is valid, but your role or your organisation does not allow this operation on this resource.',
  },
  'not-found': {
    es: 'Ese recurso no existe, o no tienes permiso para verlo. Revisa el id de la ruta.',
    qu: 'Chay recursoqa mana kanchu, utaq mana qhawayta atinkichu. Ñanpi id-ta qhaway.',
    en: 'No such resource, or none that you may see. Check the id in the path.',
  },
  'request-timeout': {
    es: 'El servidor dejó de esperar el resto de la solicitud. Envía la solicitud completa sin demora.',
    qu: 'Servidorqa mañakuypa puchuqninta manañam suyarqanchu. Llapan mañakuyta usqhaylla kachamuy.',
    en: 'The server stopped waiting for the rest of the request. Send the whole request promptly.',
  },
  conflict: {
    es: 'El recurso no está en un estado que permita esto. Vuelve a leerlo y decide según su estado actual.',
    qu: 'Recursoqa kunan kachkasqanpi kayta mana saqinchu. Wakmanta ñawinchay, kunan kachkasqanman hina akllay.',
    en: 'The resource is not in a state that allows this. Read it again and decide with its current state.',
  },
  'sku-taken': {
    es: 'Otro producto de la asociación tiene este SKU. Elige otro SKU o edita ese producto.',
    qu: 'Huñunakuypa huk rurunmi kay SKU-yuq. Huk SKU-ta akllay, utaq chay rurutataq allichay.',
    en: 'Another product of the association has this SKU. Choose another SKU or edit that product.',
  },
  'gtin-taken': {
    es: 'Un GTIN identifica un solo producto en todas partes, en todas las organizaciones, y otro producto ya tiene este (`errors[0].path` es `gtin`). Revisa el número del empaque; si de verdad es tuyo, quítalo primero del otro producto (`"gtin": null`).',
    qu: 'Huk GTIN-qa huk rurullatam sutinchan maypipas, llapan huñunakuykunapi; kay GTIN-qa huk rurupam (`errors[0].path` nisqaqa `gtin`). Envase nisqapi yupayta qhaway; chiqaqtapuni qampa kaptinqa, ñawpaqta huk rurumanta hurquy (`"gtin": null`).',
    en: 'A GTIN names one product everywhere, across all organisations, and another product has this one (`errors[0].path` is `gtin`). Check the number on the packaging; if it really is yours, remove it from the other product first (`"gtin": null`).',
  },
  'lot-code-taken': {
    es: 'El código de lote es el número de lote (GS1 AI 10) del Digital Link del lote (`/01/<GTIN>/10/<code>`), así que solo un lote de cada GTIN puede usarlo (`errors[0].path` es `code`). Dale otro código al lote nuevo, o registra más cantidad en el lote existente con un ajuste.',
    qu: 'Lote sutiqa lotepa Digital Link-ninpi lote yupaymi (GS1 AI 10) (`/01/<GTIN>/10/<code>`); chayrayku sapanka GTIN-pa huk lotellanmi chayta llamk’achiyta atin (`errors[0].path` nisqaqa `code`). Musuq loteman huk sutita quy, utaq kachkaq lotepi aswan hayk’ata ajustewan qillqay.',
    en: 'The lot code is the batch/lot number (GS1 AI 10) of the lot’s Digital Link (`/01/<GTIN>/10/<code>`), so it can be used by one lot of a GTIN only (`errors[0].path` is `code`). Give the new lot another code, or record more quantity on the existing lot with an adjustment.',
  },
  'insufficient-stock': {
    es: 'Hay menos stock del que se pidió. `detail` dice cuánto hay disponible; pide o ajusta menos.',
    qu: 'Kaqninqa mañakusqamanta aslla. `detail` nisqam hayk’a kachkasqanta nin; aslla mañakuy utaq aslla ajustay.',
    en: 'There is less stock than asked for. `detail` says how much is available; order or adjust less.',
  },
  'illegal-transition': {
    es: 'Este paso no puede seguir al estado actual (p. ej., despachar un pedido que no fue confirmado). `currentState` dice en qué estado está.',
    qu: 'Kay ruwayqa kunan kachkasqanmanta mana qatiyta atinchu (kayhina: mana takyachisqa mañakusqata haypachiy). `currentState` nisqam maypi kachkasqanta nin.',
    en: 'This step cannot follow the current state (e.g. dispatching an order that was not confirmed). `currentState` says where it is.',
  },
  'lots-exhausted': {
    es: 'El producto tiene stock, pero ningún lote tiene suficiente para despachar. Registra los lotes de los que vino el stock.',
    qu: 'Rurupa kaqninqa kanmi, ichaqa manam mayqin lotepas haypachinapaq aypanchu. Kaqnin maymanta hamusqan lotekunata qillqay.',
    en: 'The product has stock but no lot with enough left to dispatch from. Record the lots the stock came from.',
  },
  'insufficient-funds': {
    es: 'El fondo no puede cubrir este desembolso con su efectivo. Registra un aporte de capital o presta menos.',
    qu: 'Fondoqa kay desembolsota qullqinwan mana aypachiyta atinchu. Capital aporteta qillqay, utaq aslla manuy.',
    en: 'The fund cannot cover this disbursement from its cash. Record a capital contribution or lend less.',
  },
  busy: {
    es: 'Ahora mismo se está haciendo otro cambio en el mismo registro. Vuelve a intentarlo después de los segundos que indica `Retry-After`.',
    qu: 'Kunanpunim kikin qillqasqapi huk cambio ruwakuchkan. `Retry-After` nisqa segundokuna pasaptin wakmanta kachamuy.',
    en: 'Another change to the same record is being made right now. Retry after the `Retry-After` seconds.',
  },
  'already-reversed': {
    es: 'Este asiento contable ya fue revertido. Una reversión ocurre una sola vez; registra un asiento nuevo si hace falta.',
    qu: 'Kay asientoqa ñam kutichisqaña karqan. Kutichiyqa huk kutillam; munakuptinqa musuq asientota qillqay.',
    en: 'This journal entry was reversed before. A reversal happens once; record a new entry if needed.',
  },
  'idempotency-in-progress': {
    es: 'La primera solicitud con esta clave aún no ha terminado. Vuelve a intentarlo con la misma clave después de los segundos de `Retry-After` para obtener su resultado.',
    qu: 'Kay key-wan ñawpaq mañakuyqa manaraq tukunchu. `Retry-After` segundokuna pasaptin kikin key-wan wakmanta kachamuy, imayna tukusqanta yachanaykipaq.',
    en: 'The first request with this key has not finished. Retry with the same key after `Retry-After` seconds to get its outcome.',
  },
  'precondition-failed': {
    es: 'El `If-Match` que enviaste indica una versión distinta de la actual. Vuelve a leer el recurso (su `ETag`), aplica de nuevo tu cambio y envíalo con el nuevo ETag.',
    qu: 'Kachamusqayki `If-Match` nisqaqa kunan versiónmanta huk versióntam sutinchan. Recursota wakmanta ñawinchay (`ETag`-nin), cambioykita wakmanta ruway, musuq ETag-wantaq kachamuy.',
    en: 'The `If-Match` you sent names another version than the current one. Read the resource again (its `ETag`), re-apply your change and send it with the new ETag.',
  },
  'payload-too-large': {
    es: 'El cuerpo de una solicitud está limitado a 1 MB. Envía menos en cada solicitud (p. ej., divide un envío masivo en partes).',
    qu: 'Huk mañakuypa ukhunqa 1 MB-kamallam. Sapanka mañakuypi aslla kachamuy (kayhina: hatun kachamuyta achka mañakuykunaman t’aqay).',
    en: 'Request bodies are limited to 1 MB. Send less in one request (e.g. split a batch).',
  },
  'unsupported-media-type': {
    es: 'Envía el cuerpo como JSON con `Content-Type: application/json`.',
    qu: 'Ukhuta JSON hina kachamuy, `Content-Type: application/json` nisqawan.',
    en: 'Send the body as JSON with `Content-Type: application/json`.',
  },
  unprocessable: {
    es: 'La solicitud está bien formada, pero una regla la rechaza. `detail` dice qué regla es y qué se aceptaría.',
    qu: 'Mañakuyqa allin qillqasqam, ichaqa huk kamachiymi mana chaskinchu. `detail` nisqam mayqin kamachiy kasqanta, imatam chaskinman chaytapas nin.',
    en: 'The request is well-formed but a rule refuses it. `detail` says which rule and what would be accepted.',
  },
  'idempotency-key-reused': {
    es: 'Una Idempotency-Key identifica una sola solicitud. Usa una clave nueva (un UUID) para otra solicitud.',
    qu: 'Huk Idempotency-Key-qa huk mañakuyllatam riqsichin. Huk mañakuypaqqa musuq key-ta (UUID) llamk’achiy.',
    en: 'An Idempotency-Key identifies one request. Use a new key (a UUID) for a different request.',
  },
  overpayment: {
    es: 'El pago supera lo que aún se debe del préstamo. `maxPayable` dice cuánto acepta como máximo.',
    qu: 'Payllasqaykiqa manukuypa manusqanmanta aswan askham. `maxPayable` nisqam aswanpas hayk’ata chaskisqanta nin.',
    en: 'The payment exceeds what the loan still owes. `maxPayable` says the most it takes.',
  },
  'webhook-endpoint-limit': {
    es: 'Una organización puede registrar hasta 10 endpoints de webhook. Elimina uno que ya no uses (DELETE /v1/orgs/{orgId}/webhooks/{endpointId}) o suscribe un endpoint existente a más tipos de evento.',
    qu: 'Huk organizacionqa 10 webhook endpointkunakamam qillqachiyta atin. Mana llamk’achisqaykita qichuy (DELETE /v1/orgs/{orgId}/webhooks/{endpointId}), utaq kachkaq endpointman aswan evento laya kunata yapay.',
    en: 'An organisation may register up to 10 webhook endpoints. Remove one you no longer use (DELETE /v1/orgs/{orgId}/webhooks/{endpointId}) or subscribe an existing endpoint to more event types.',
  },
  'nothing-to-reorder': {
    es: 'Ningún producto del pedido anterior se ofrece ya o tiene stock hoy. `unavailable` nombra cada producto y el motivo (`withdrawn`, `out_of_stock`); pide otros productos o vuelve a intentarlo cuando haya stock.',
    qu: 'Ñawpaq mañakusqapi llapan rurukunaqa manañam rantikunchu, utaq kunan p’unchaw mana kaqninniyuqchu. `unavailable` nisqam sapanka rurutam sutinchan, imaraykuchus (`withdrawn`, `out_of_stock`); huk rurukunata mañakuy, utaq kaqnin kaptin wakmanta ruway.',
    en: 'Every product of the past order is no longer offered or out of stock today. `unavailable` names each product and why (`withdrawn`, `out_of_stock`); order other products, or try again when there is stock.',
  },
  'order-too-large': {
    es: 'El pedido tiene más líneas de las que admite un pedido. Divídelo en varios pedidos.',
    qu: 'Mañakusqaqa huk mañakusqapi haykunanmanta aswan siqikunayuqmi. Achka mañakusqakunaman t’aqay.',
    en: 'The order has more lines than one order can hold. Split it into several orders.',
  },
  'credit-exceeds-invoice': {
    es: 'Una nota de crédito no puede acreditar más de lo que queda por acreditar en su factura. `detail` dice cuánto queda.',
    qu: 'Nota de crédito nisqaqa facturanpi acreditanapaq puchuqmanta aswan askhata mana acreditayta atinchu. `detail` nisqam hayk’a puchusqanta nin.',
    en: 'A credit note cannot credit more than remains to credit on its invoice. `detail` says how much remains.',
  },
  'invoice-fully-credited': {
    es: 'No queda nada por acreditar en esta factura.',
    qu: 'Kay facturapiqa manañam imapas acreditanapaq puchunchu.',
    en: 'Nothing remains to credit on this invoice.',
  },
  'headers-too-large': {
    es: 'Envía cabeceras más pequeñas (incluidas cookies y tokens); como máximo 16 KiB en total.',
    qu: 'Aswan huch’uy umakunata kachamuy (cookies, token-kunapas yupasqa); llapanpi 16 KiB-kamalla.',
    en: 'Send smaller headers (cookies and tokens included); at most 16 KiB in all.',
  },
  internal: {
    es: 'Un error inesperado. Quedó registrado con el id de la solicitud (`requestId`); vuelve a intentarlo más tarde o dales ese id a los operadores.',
    qu: 'Mana suyasqa pantaymi. Mañakuypa id-ninwan (`requestId`) qillqasqañam; qhipaman wakmanta ruway, utaq operadorkunaman chay id-ta quy.',
    en: 'An unexpected error. It was logged with the request id (`requestId`); retry later or give the operators that id.',
  },
  'service-unavailable': {
    es: 'Algo de lo que depende la API no respondió. Vuelve a intentarlo después de los segundos de `Retry-After`.',
    qu: 'API-q hap’ipakusqan huk llamk’ayqa mana kutichirqanchu. `Retry-After` segundokuna pasaptin wakmanta kachamuy.',
    en: 'Something the API depends on did not answer. Retry after the `Retry-After` seconds.',
  },
  'database-unavailable': {
    es: 'La base de datos no respondió en unos segundos. No se cambió nada, o el cambio aparecerá al reintentar con la misma Idempotency-Key. Vuelve a intentarlo después de `Retry-After` segundos.',
    qu: 'Willakuy waqaychanaqa mana pisi segundokunapi kutichirqanchu. Manam imapas cambiarqanchu, utaq kikin Idempotency-Key-wan wakmanta kachamuptiyki cambioqa tarikunqa. `Retry-After` segundokuna pasaptin wakmanta kachamuy.',
    en: 'The database did not answer within a few seconds. Nothing was changed, or the change will be found by retrying with the same Idempotency-Key. Retry after `Retry-After` seconds.',
  },
  'lot-sealed': {
    es: 'El último evento del lote se registró como final (se vendió todo, se despachó o se agotó), lo que cierra su cadena de eventos para que cualquiera pueda comprobar que su historia está completa. Ya no se puede registrar nada más en él: registra lo que pasó después en el lote que recibió la mercadería, o crea un lote nuevo.',
    qu: 'Lotepa qhipa eventonqa tukukuq hina qillqasqa karqan (llapan rantisqa, haypachisqa utaq tukusqa); chaymi eventonkunaq cadenanta wichqan, pipas willakuynin hunt’asqa kasqanta qhawananpaq. Manañam imatapas chaypi qillqayta atikunchu: qhipaman ima pasasqanta rurukunata chaskiq lotepi qillqay, utaq musuq loteta ruway.',
    en: 'The lot’s last event was recorded as final (it was sold out, dispatched or used up), which closes its chain of events so that anyone can check its story is complete. Nothing more can be recorded on it: record what happened next on the lot that received the goods, or create a new lot.',
  },
  contended: {
    es: 'Muchas solicitudes cambiaron los mismos registros a la vez y esta no pudo terminar a tiempo. Vuelve a intentarlo después de `Retry-After` segundos (con la misma Idempotency-Key).',
    qu: 'Achka mañakuykunam kikin qillqasqakunata kuska cambiarqanku, kay mañakuytaq mana pachallanpi tukuyta atirqanchu. `Retry-After` segundokuna pasaptin wakmanta kachamuy (kikin Idempotency-Key-wan).',
    en: 'Many requests changed the same records at once and this one could not finish in time. Retry after `Retry-After` seconds (with the same Idempotency-Key).',
  },
  'agreement-ended': {
    es: 'Un acuerdo cuyo `validTo` ya pasó ya no fija precios de pedidos ni se puede cambiar. Firma un acuerdo nuevo con el comprador (el anterior queda en el historial).',
    qu: '`validTo` p’unchawnin pasasqa acuerdoqa manañam mañakusqakunaman chanita churanchu, manañataq cambiayta atikunchu. Rantiqwan musuq acuerdota firmay (ñawpaqninqa historialpi qhipakun).',
    en: 'An agreement whose `validTo` has passed no longer prices orders and can no longer be changed. Sign a new agreement with the buyer (the old one stays in the history).',
  },
  'proposal-pending': {
    es: 'Se propuso un castigo o una reestructuración de este préstamo, y la propuesta espera a un segundo aprobador del fondo. Confírmala (`…/approval`, un aprobador distinto de quien la propuso y de quien evaluó) o retírala (`…/withdrawal`) antes de proponer de nuevo.',
    qu: 'Kay manukuypaq pampachay utaq musuqmanta churay propuestam ruwasqa, fondopi iskay kaq chaskiqtataq suyachkan. Takyachiy (`…/approval`, propuestata ruwaqmanta, qhawariqmantapas huk chaskiq) utaq qhichuy (`…/withdrawal`), manaraq wakmanta propuestata ruwachkaspa.',
    en: 'A write-off or restructuring of this loan was proposed and waits for a second fund approver. Confirm it (`…/approval`, by another approver than the proposer and the evaluator) or withdraw it (`…/withdrawal`) before proposing again.',
  },
  'no-pending-proposal': {
    es: 'Para confirmar o retirar hace falta una propuesta pendiente de ese tipo (castigo o reestructuración). Lee el préstamo: `pendingProposal` dice qué está esperando.',
    qu: 'Takyachinapaq utaq qhichunapaqqa chay hina suyachkaq propuestam kanan (pampachay utaq musuqmanta churay). Manukuyta ñawinchay: `pendingProposal` nisqam ima suyachkasqanta nin.',
    en: 'Confirming or withdrawing needs a pending proposal of that kind (write-off or restructuring). Read the loan: `pendingProposal` says what waits.',
  },
});

/** The fixed words of the problem pages (`GET /problems`, `GET /problems/{code}`). Code spans become `<code>`. */
export const PROBLEM_PAGE_TEXTS = defineMessages({
  allProblems: { es: 'Todos los problemas', qu: 'Llapan problemakuna', en: 'All problems' },
  httpStatus: { es: 'Estado HTTP', qu: 'HTTP estado', en: 'HTTP status' },
  code: { es: 'código', qu: 'código', en: 'code' },
  listTitle: { es: 'Problemas de la API de Ayni', qu: 'Ayni API-q problemankuna', en: 'Ayni API problems' },
  listHeading: { es: 'Problemas que responde la API de Ayni', qu: 'Ayni API-q kutichisqan problemakuna', en: 'Problems the Ayni API answers' },
  listIntro: {
    es: 'Cada error es un documento RFC 9457 `application/problem+json`; su `code` es estable y su `type` es la dirección de su página, aquí abajo.',
    qu: 'Sapanka pantayqa RFC 9457 `application/problem+json` qillqam; `code`-ninqa manam hayk’appas cambianchu, `type`-nintaq uraypi kaq p’anqanpa tiyananmi.',
    en: 'Every error is an RFC 9457 `application/problem+json` document; its `code` is stable and its `type` is the address of its page below.',
  },
});
