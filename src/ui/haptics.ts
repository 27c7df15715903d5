/** A short vibration as feedback, where the device has one and the user has not asked for less motion. */
export function vibrate(pattern: number | number[]): void {
  if (typeof navigator.vibrate !== 'function') return;
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  try {
    navigator.vibrate(pattern);
  } catch {
    // Some browsers throw when vibration is blocked (no user gesture yet): feedback is optional.
  }
}
