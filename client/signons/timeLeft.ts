import i18next, { type TFunction } from 'i18next';

/**
 * How long until a moment, in words a reader takes in at a glance: the two largest units only
 * ("2 days 4 hours", "3 hours 12 minutes", "5 minutes"); "less than a minute" at the end.
 */
export function timeLeft(milliseconds: number, t: TFunction = i18next.t.bind(i18next)): string {
  const minutes = Math.floor(milliseconds / 60_000);
  if (minutes < 1) return t('signons:timeLeft.lessThanAMinute');
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? t('signons:timeLeft.daysAndHours', { days, hours }) : t('signons:timeLeft.days', { days });
  if (hours > 0) return rest > 0 ? t('signons:timeLeft.hoursAndMinutes', { hours, minutes: rest }) : t('signons:timeLeft.hours', { hours });
  return t('signons:timeLeft.minutes', { minutes: rest });
}
