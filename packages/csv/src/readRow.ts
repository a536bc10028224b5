import type { ColumnTarget } from './columnTargets.ts';
import { eventIdFor } from './eventIdFor.ts';
import type { CsvLocale } from './messages.ts';
import { attributeValue, isEmail, parseAmount, parseDay, parseInstant } from './parseCells.ts';
import { rowError, type RowError } from './RowError.ts';

/** The longest cell accepted for an attribute or tag list; longer is almost always a broken file. */
export const MAX_CELL_LENGTH = 2000;
export const MAX_CUSTOMER_ID_LENGTH = 200;

/** A customer as `POST /api/customers/batch` takes it. */
export interface ImportedCustomer {
  id: string;
  attributes: Record<string, string | number | boolean>;
  tags?: string[];
}

/** An order as `POST /api/events` takes it, with an id derived from its content. */
export interface ImportedOrder {
  id: string;
  customer_id: string;
  type: 'order_placed';
  at: string;
  properties: { amount: number; currency?: string; order_id?: string };
}

export type ReadRowResult = { ok: true; customer: ImportedCustomer; order: ImportedOrder | null } | { ok: false; errors: RowError[] };

export interface ReadRowOptions {
  headers: readonly string[];
  mapping: readonly ColumnTarget[];
  locale?: CsvLocale;
  /** The clock's now (ms): an order dated more than a day after it is refused, as the server would refuse it. */
  now: number;
}

const FUTURE_TOLERANCE_MS = 24 * 3_600_000;

/**
 * One data row (cells in header order; `row` its spreadsheet number) as a customer and,
 * when the row holds an order amount, an `order_placed` event — or every problem in it.
 * Empty cells leave an attribute untouched rather than blanking it.
 */
export function readRow(cells: readonly string[], row: number, options: ReadRowOptions): ReadRowResult {
  const { headers, mapping, now } = options;
  const locale = options.locale ?? 'en';
  const errors: RowError[] = [];
  if (cells.length !== headers.length && !(cells.length > headers.length && cells.slice(headers.length).every((c) => c === ''))) {
    return { ok: false, errors: [rowError(row, '', 'csv.fields', { found: cells.length, expected: headers.length }, locale)] };
  }
  let id = '';
  const attributes: Record<string, string | number | boolean> = {};
  let tags: string[] | undefined;
  const order: { amount?: number; currency?: string; at?: string; id?: string } = {};
  let orderColumn = '';
  let amountText = '';
  for (let index = 0; index < headers.length; index++) {
    const target = mapping[index] ?? 'ignore';
    if (target === 'ignore') continue;
    const column = headers[index]!;
    const text = (cells[index] ?? '').trim();
    const fail = (code: Parameters<typeof rowError>[2], params: Record<string, string | number> = {}) => errors.push(rowError(row, column, code, params, locale));
    if (target === 'id') {
      if (text === '') fail('csv.id_missing');
      else if (text.length > MAX_CUSTOMER_ID_LENGTH) fail('csv.id_too_long', { length: text.length });
      else id = text;
      continue;
    }
    if (text === '') continue;
    if (text.length > MAX_CELL_LENGTH) {
      fail('csv.too_long', { length: text.length, limit: MAX_CELL_LENGTH });
      continue;
    }
    switch (target) {
      case 'tags':
        tags = [...new Set(text.split(/[;|,，；]/).map((tag) => tag.trim()).filter((tag) => tag !== ''))].map((tag) => tag.slice(0, 100));
        break;
      case 'order.amount': {
        const amount = parseAmount(text);
        if (amount === null) fail('csv.number', { value: text });
        else order.amount = amount;
        amountText = text;
        orderColumn = column;
        break;
      }
      case 'order.currency':
        if (/^[A-Za-z]{3}$/.test(text)) order.currency = text.toUpperCase();
        else fail('csv.currency', { value: text });
        break;
      case 'order.at': {
        const at = parseInstant(text);
        if (at === null) fail('csv.date', { value: text });
        else if (Date.parse(at) > now + FUTURE_TOLERANCE_MS) fail('csv.future_date', { value: text });
        else order.at = at;
        orderColumn ||= column;
        break;
      }
      case 'order.id':
        order.id = text;
        orderColumn ||= column;
        break;
      default: {
        const name = target.slice('attribute:'.length);
        if (name === 'email') {
          if (isEmail(text)) attributes.email = text;
          else fail('csv.email', { value: text });
        } else if (name === 'birthday') {
          const day = parseDay(text);
          if (day === null) fail('csv.date', { value: text });
          else attributes.birthday = day;
        } else if (name === 'created_at') {
          const at = parseInstant(text);
          if (at === null) fail('csv.date', { value: text });
          else attributes.created_at = at;
        } else if (name === 'currency') {
          if (/^[A-Za-z]{3}$/.test(text)) attributes.currency = text.toUpperCase();
          else fail('csv.currency', { value: text });
        } else if (name === 'phone' || name === 'name' || name === 'first_name' || name === 'last_name') {
          attributes[name] = text;
        } else {
          attributes[name] = attributeValue(text);
        }
      }
    }
  }
  const orderMentioned = orderColumn !== '' || order.currency !== undefined;
  if (orderMentioned && errors.length === 0) {
    if (amountText === '') errors.push(rowError(row, orderColumn || headers[mapping.indexOf('order.currency')] || '', 'csv.order_amount_missing', {}, locale));
    else if (order.at === undefined) errors.push(rowError(row, headers[mapping.indexOf('order.at')] ?? orderColumn, 'csv.order_date_missing', {}, locale));
  }
  if (errors.length > 0) return { ok: false, errors };
  const customer: ImportedCustomer = { id, attributes, ...(tags ? { tags } : {}) };
  if (order.amount === undefined || order.at === undefined) return { ok: true, customer, order: null };
  const properties = { amount: order.amount, ...(order.currency ? { currency: order.currency } : {}), ...(order.id ? { order_id: order.id } : {}) };
  return {
    ok: true,
    customer,
    order: { id: eventIdFor([id, order.id ?? '', order.amount, order.currency ?? '', order.at]), customer_id: id, type: 'order_placed', at: order.at, properties },
  };
}
