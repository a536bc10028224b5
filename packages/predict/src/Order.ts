/** One order as the models see it. */
export interface Order {
  /** Epoch milliseconds. */
  at: number;
  amount: number;
  currency: string;
}
