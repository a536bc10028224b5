import type { Order } from '@stayflow/predict';
import type { HistoryOrder } from '@stayflow/store';

/** ISO 4217's code for "no currency": orders that named none, from customers who have none. */
export const NO_CURRENCY = 'XXX';

/**
 * A customer's ledger orders as the models read them: an order without a currency is in
 * the customer's (when the ledger stored none), else in `XXX`; a refund-like negative or
 * unreadable amount counts as 0 (the purchase still happened).
 */
export function modelOrders(orders: readonly HistoryOrder[]): Order[] {
  return orders.map((order) => ({
    at: order.at,
    amount: Number.isFinite(order.amount) && order.amount > 0 ? order.amount : 0,
    currency: order.currency === '' ? NO_CURRENCY : order.currency,
  }));
}
