import { useTranslation } from 'react-i18next';
import type { PresentUser } from './presentUsers.ts';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
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
          <span className="presence__avatar" style={{ backgroundColor: user.color }} aria-hidden="true">
            {initials(user.name)}
          </span>
          <span className="presence__name">{user.id === selfId ? t('presence.you', { name: user.name }) : user.name}</span>
        </li>
      ))}
    </ul>
  );
}
