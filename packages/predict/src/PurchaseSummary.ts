/** One customer's calibration summary (the lifetimes / Fader-Hardie notation). Times are in the caller's unit. */
export interface PurchaseSummary {
  /** x: repeat purchase periods (distinct purchase days minus 1). */
  frequency: number;
  /** t_x: time from first to last purchase. */
  recency: number;
  /** Time from first purchase to the end of calibration. */
  T: number;
}
