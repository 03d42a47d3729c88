import type { PresentUser } from './presentUsers.ts';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** Who has this statement open right now. */
export function PresenceList({ users, selfId }: { users: PresentUser[]; selfId: string }) {
  return (
    <ul className="presence" data-testid="presence" aria-label="People in this statement">
      {users.map((user) => (
        <li key={user.id} className="presence__user" data-testid="presence-user" title={user.id === selfId ? `${user.name} (you)` : user.name}>
          <span className="presence__avatar" style={{ backgroundColor: user.color }} aria-hidden="true">
            {initials(user.name)}
          </span>
          <span className="presence__name">{user.id === selfId ? `${user.name} (you)` : user.name}</span>
        </li>
      ))}
    </ul>
  );
}
