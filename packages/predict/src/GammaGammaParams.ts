/** Gamma-Gamma spend parameters (Fader, Hardie & Lee 2005, "RFM and CLV"): transaction value ~ Gamma(p, nu), nu ~ Gamma(q, v). */
export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}
