import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetailView } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { errorMessage } from '../../api/errorMessage.ts';
import { FormError } from '../../layout/FormError.tsx';
import { OrganisationFields } from './OrganisationFields.tsx';
import { readOrganisationFields } from './readOrganisationFields.ts';

/** Edits an organisation's name, kind, category and country; sends only what changed. */
export function OrganisationEditForm({ organisation, onSaved }: { organisation: OrganisationDetailView; onSaved(): void }) {
  const { t } = useTranslation('organisations');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readOrganisationFields(new FormData(event.currentTarget));
    const changes = Object.fromEntries(Object.entries(values).filter(([field, value]) => organisation[field as keyof typeof values] !== value));
    setSaved(false);
    setError(null);
    if (Object.keys(changes).length === 0) {
      setError(t('edit.nothingChanged'));
      return;
    }
    setBusy(true);
    try {
      await apiRequest('PATCH', `/api/orgs/${organisation.id}`, changes);
      setSaved(true);
      onSaved();
    } catch (caught) {
      setError(errorMessage(caught, t('edit.notSaved')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel panel--section" aria-labelledby="organisation-details-heading">
      <h2 id="organisation-details-heading">{t('edit.heading')}</h2>
      <form className="form" onSubmit={handleSubmit} onChange={() => setSaved(false)}>
        <OrganisationFields initial={organisation} />
        <FormError message={error} />
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? t('edit.saving') : t('edit.save')}
          </button>
          {saved && (
            <span className="muted small" role="status">
              {t('edit.saved')}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
