import { formatWhen } from '../statements/formatWhen.ts';

/** "5 minutes ago", with the exact moment on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={new Date(iso).toLocaleString()}>
      {formatWhen(iso)}
    </time>
  );
}
