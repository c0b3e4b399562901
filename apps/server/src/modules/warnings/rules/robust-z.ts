/** The median of a list of numbers (the mean of the two middle ones for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** 1 / Φ⁻¹(3/4): scales the MAD to a standard deviation for normal data (Iglewicz and Hoaglin). */
const MAD_SCALE = 0.6745;
/** √(π/2) ≈ 1.2533: scales the mean absolute deviation the same way, used when the MAD is zero. */
const MEAN_AD_SCALE = 1.253314;

/**
 * Robust z-scores of a list, in its order: 0.6745·(x − median)/MAD, the modified z-score of
 * Iglewicz and Hoaglin, which a few extreme values cannot mask as they would a mean and standard
 * deviation. When more than half the values are equal the MAD is zero; the scores then use the mean
 * absolute deviation, (x − median)/(1.2533·meanAD); when every value is equal all scores are 0.
 */
export function robustZScores(values: readonly number[]): { median: number; scores: number[] } {
  const center = median(values);
  const deviations = values.map((v) => Math.abs(v - center));
  const mad = median(deviations);
  if (mad > 0) return { median: center, scores: values.map((v) => (MAD_SCALE * (v - center)) / mad) };
  const meanAd = deviations.reduce((sum, d) => sum + d, 0) / (deviations.length || 1);
  if (meanAd === 0) return { median: center, scores: values.map(() => 0) };
  return { median: center, scores: values.map((v) => (v - center) / (MEAN_AD_SCALE * meanAd)) };
}
