import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { customerName } from '../lib/customerName.ts';

/** Names already read, shared by every list of the session: a refresh of the results asks only for new customers. */
const known = new Map<string, string>();

/**
 * The display names (lib/customerName's rule) of the customers in a list of runs or messages,
 * which carry only ids: each id is read once with `GET /api/customers/:id`. Until a name is known,
 * or when the customer is gone (erased), `nameOf` gives the id.
 */
export function useCustomerNames(ids: readonly string[]): (id: string) => string {
  const [, setVersion] = useState(0);
  const wanted = [...new Set(ids)].filter((id) => !known.has(id)).sort().join('\n');
  useEffect(() => {
    if (wanted === '') return;
    let current = true;
    void Promise.all(
      wanted.split('\n').map((id) =>
        api.getCustomer(id).then(
          (customer) => known.set(id, customerName(customer)),
          () => known.set(id, id),
        ),
      ),
    ).then(() => {
      if (current) setVersion((v) => v + 1);
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  return (id) => known.get(id) ?? id;
}
