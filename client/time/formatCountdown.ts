const DAY_MS = 24 * 60 * 60 * 1000;

/** "12 days left", "1 day left", "less than a day left", or "passed". */
export function formatCountdown(iso: string, now = Date.now()): string {
  const left = Date.parse(iso) - now;
  if (left <= 0) return 'passed';
  const days = Math.floor(left / DAY_MS);
  if (days === 0) return 'less than a day left';
  return days === 1 ? '1 day left' : `${days} days left`;
}
