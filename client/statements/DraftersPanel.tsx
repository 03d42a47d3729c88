import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView, StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { apiRequestAll } from '../api/apiRequestAll.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';
import { useToast } from '../layout/Toasts.tsx';

/** Secretariat only: who may edit this statement's text, adding and removing them. */
export function DraftersPanel({ statement, onChanged }: { statement: StatementView; onChanged: () => void }) {
  const { t } = useTranslation('statements');
  const [people, setPeople] = useState<AccountView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();

  useEffect(() => {
    apiRequestAll<AccountView>('/api/users').then(setPeople, () => setPeople([]));
  }, []);

  const drafters = (people ?? []).filter((person) => statement.drafterIds.includes(person.id));
  const candidates = (people ?? []).filter((person) => person.role !== 'secretariat' && !statement.drafterIds.includes(person.id));

  async function handleAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const userId = String(new FormData(event.currentTarget).get('userId') ?? '');
    if (!userId) return;
    try {
      await apiRequest('POST', `/api/statements/${statement.id}/drafters`, { userId });
      setError(null);
      onChanged();
    } catch (caught) {
      setError(errorMessage(caught, t('drafters.addFailed')));
    }
  }

  return (
    <section className="panel" aria-labelledby="drafters-heading">
      <h2 id="drafters-heading">{t('drafters.heading')}</h2>
      <p className="muted small">{t('drafters.intro')}</p>
      {drafters.length === 0 ? (
        <p className="muted small">{t('drafters.none')}</p>
      ) : (
        <ul className="people">
          {drafters.map((person) => (
            <li key={person.id} className="people__removable">
              <span className="people__who">
                <strong>{person.name}</strong> <span className="muted">{person.email}</span>
              </span>
              <ConfirmButton
                label={t('drafters.remove')}
                accessibleLabel={t('drafters.removeWho', { name: person.name })}
                question={t('drafters.removeQuestion')}
                confirmLabel={t('drafters.remove')}
                failure={t('drafters.removeFailed')}
                onConfirm={async () => {
                  await apiRequest('DELETE', `/api/statements/${statement.id}/drafters/${person.id}`);
                  onChanged();
                  toast({
                    message: t('drafters.removed', { name: person.name }),
                    // Adding them again gives back exactly what was removed: the right to edit.
                    undo: async () => {
                      await apiRequest('POST', `/api/statements/${statement.id}/drafters`, { userId: person.id });
                      onChanged();
                    },
                  });
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <form className="inline-form" onSubmit={handleAdd}>
          <label className="visually-hidden" htmlFor="drafter-select">
            {t('drafters.addLabel')}
          </label>
          <select id="drafter-select" name="userId" defaultValue="">
            <option value="" disabled>
              {t('drafters.addPlaceholder')}
            </option>
            {candidates.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} — {person.email}
              </option>
            ))}
          </select>
          <button className="button" type="submit">
            {t('drafters.add')}
          </button>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
