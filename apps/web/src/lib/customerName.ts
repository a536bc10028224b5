/** A customer's display name: the `name` attribute, else first + last name, else the id. */
export function customerName(customer: { id: string; attributes: Record<string, unknown> }): string {
  const { name, first_name: first, last_name: last } = customer.attributes;
  if (typeof name === 'string' && name.trim() !== '') return name;
  const parts = [first, last].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return parts.length > 0 ? parts.join(' ') : customer.id;
}
