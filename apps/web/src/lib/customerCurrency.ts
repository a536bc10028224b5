/**
 * The currency a customer's amounts are in: their `currency` attribute (an ISO 4217 code
 * such as "USD" or "CNY"), which the server does not interpret — order amounts are summed
 * as sent. Without it, amounts are shown as plain numbers.
 */
export function customerCurrency(customer: { attributes: Record<string, unknown> }): string | undefined {
  const code = customer.attributes.currency;
  return typeof code === 'string' && /^[A-Za-z]{3}$/.test(code) ? code.toUpperCase() : undefined;
}
