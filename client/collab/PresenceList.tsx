import { useTranslation } from 'react-i18next';
import type { PresentUser } from './presentUsers.ts';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** Black or white, whichever reads better (WCAG contrast) on the avatar's colour `#rrggbb`. */
export function initialsColour(background: string): string {
  const channel = (offset: number) => {
    const value = Number.parseInt(background.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

/** Who has this statement open right now. */
export function PresenceList({ users, selfId }: { users: PresentUser[]; selfId: string }) {
  const { t } = useTranslation('collab');
  return (
    <ul className="presence" data-testid="presence" aria-label={t('presence.label')}>
      {users.map((user) => (
        <li
          key={user.id}
          className="presence__user"
          data-testid="presence-user"
          title={user.id === selfId ? t('presence.you', { name: user.name }) : user.name}
        >
          <span className="presence__avatar" style={{ backgroundColor: user.color, color: initialsColour(user.color) }} aria-hidden="true">
            {initials(user.name)}
          </span>
          <span className="presence__name">{user.id === selfId ? t('presence.you', { name: user.name }) : user.name}</span>
        </li>
      ))}
    </ul>
  );
}
