/** Fewest customers (with an order in the calibration period) fitBgNbd accepts; see README "Minimum data". */
export const MIN_BG_NBD_CUSTOMERS = 200;
/** Fewest of those with a repeat purchase fitBgNbd accepts: without repeaters the dropout process (a, b) is not identified. */
export const MIN_BG_NBD_REPEATERS = 20;
/** Fewest customers with at least one repeat purchase (and a positive mean repeat order value) fitGammaGamma accepts. */
export const MIN_GAMMA_GAMMA_REPEATERS = 100;
