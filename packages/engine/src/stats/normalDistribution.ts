/**
 * The standard normal distribution, to double precision, for the two-proportion test and its
 * sample sizes. `normalCdf` is Hart's (1968) rational approximation as given by West,
 * "Better approximations to cumulative normal functions" (Wilmott, 2005): accurate to about
 * 1e-14 over the whole line, tails included, which the two-sided p-value needs.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const abs = Math.abs(x);
  let tail: number;
  if (abs > 37) {
    tail = 0;
  } else {
    const exponential = Math.exp(-(abs * abs) / 2);
    if (abs < 7.07106781186547) {
      let numerator = 3.52624965998911e-2 * abs + 0.700383064443688;
      numerator = numerator * abs + 6.37396220353165;
      numerator = numerator * abs + 33.912866078383;
      numerator = numerator * abs + 112.079291497871;
      numerator = numerator * abs + 221.213596169931;
      numerator = numerator * abs + 220.206867912376;
      let denominator = 8.83883476483184e-2 * abs + 1.75566716318264;
      denominator = denominator * abs + 16.064177579207;
      denominator = denominator * abs + 86.7807322029461;
      denominator = denominator * abs + 296.564248779674;
      denominator = denominator * abs + 637.333633378831;
      denominator = denominator * abs + 793.826512519948;
      denominator = denominator * abs + 440.413735824752;
      tail = (exponential * numerator) / denominator;
    } else {
      let fraction = abs + 0.65;
      fraction = abs + 4 / fraction;
      fraction = abs + 3 / fraction;
      fraction = abs + 2 / fraction;
      fraction = abs + 1 / fraction;
      tail = exponential / fraction / 2.506628274631;
    }
  }
  return x > 0 ? 1 - tail : tail;
}

/**
 * The quantile z with normalCdf(z) = p, for 0 < p < 1: Acklam's rational approximation
 * (relative error below 1.15e-9) refined by one Halley step on `normalCdf`, which brings it to
 * the precision of `normalCdf` itself.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let z: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    z = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    z = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    z = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  const error = normalCdf(z) - p;
  const u = error * Math.sqrt(2 * Math.PI) * Math.exp((z * z) / 2);
  return z - u / (1 + (z * u) / 2);
}
