import i18next from 'i18next';

const DAY_MS = 24 * 60 * 60 * 1000;

/** "12 days left", "1 day left", "less than a day left", or "passed", in the interface's language. */
export function formatCountdown(iso: string, now = Date.now()): string {
  const left = Date.parse(iso) - now;
  if (left <= 0) return i18next.t('time:countdown.passed');
  const days = Math.floor(left / DAY_MS);
  if (days === 0) return i18next.t('time:countdown.lessThanADay');
  return i18next.t('time:countdown.daysLeft', { days });
}
