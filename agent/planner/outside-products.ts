/**
 * Records made in a product outside the team's own tables: "a new contact is created in HubSpot",
 * "a customer is created in our Shopify store", "a product is added in our Adobe Commerce store".
 * The product keeps that record and tells the tool about it by a call (a webhook). A record in a
 * product that is itself a table ("a new record in our Airtable base", "a row in Google Sheets")
 * or in a table, board or list of the team's ("a new lead in the Leads table", "a new lead in our
 * CRM") is one of their own records.
 */
import { isService } from './event-words';
import type { Token } from './language';
import { MAILBOXES } from './mail-words';
import { RECORD_PLACES } from './record-places';
import { TABLE_WORDS } from './table-owners';

/** Products that are tables the team keeps records in. */
const TABLE_PRODUCTS = new Set(['airtable', 'notion', 'sheets', 'excel', 'smartsheet']);
/** Prepositions before where a record is made: "in HubSpot", "to our Shopify store". */
const WITHIN = new Set(['in', 'into', 'to', 'on']);
/** Words of a place's phrase besides names: "our", "the", "store". */
const PLACE_WORDS = new Set(['DET', 'PRON', 'NOUN', 'PROPN']);

/** A name written with a capital that the tagger read as a name: "Adobe Commerce", "Odoo". */
const named = (t: Token) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text);

/** The words of `clause` name a product outside the team's tables where the record is: "… in HubSpot". */
export function madeInOutsideProduct(clause: readonly Token[]): boolean {
  return clause.some((t, k) => {
    if (!WITHIN.has(t.lower)) return false;
    let end = k + 1;
    while (clause[end] && PLACE_WORDS.has(clause[end]!.pos) && end < k + 5) end++;
    const place = clause.slice(k + 1, end);
    if (place.some((w) => TABLE_PRODUCTS.has(w.lower))) return false;
    // "our HubSpot CRM" is HubSpot's; "our CRM", "the Sales board" are places of the team's own, whatever their capitals.
    if (place.some((w) => isService(w) && !MAILBOXES.has(w.lower))) return true;
    return !place.some((w) => TABLE_WORDS.has(w.lemma) || RECORD_PLACES.has(w.lower)) && place.some(named);
  });
}
