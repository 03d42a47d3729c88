import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiRequest } from '../../api/apiRequest.ts';
import { errorMessage } from '../../api/errorMessage.ts';
import { FormError } from '../../layout/FormError.tsx';
import { OrganisationFields } from './OrganisationFields.tsx';
import { readOrganisationFields } from './readOrganisationFields.ts';

/** Adds an organisation to the coalition, then opens it so its contacts can be invited. */
export function AddOrganisationForm() {
  const { t } = useTranslation('organisations');
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const adding = useRef(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Busy until the page changes: a second click while the first is on its way adds nothing.
    if (adding.current) return;
    adding.current = true;
    setBusy(true);
    setError(null);
    try {
      const { id } = await apiRequest<{ id: string }>('POST', '/api/orgs', readOrganisationFields(new FormData(event.currentTarget)));
      navigate(`/admin/organisations/${id}`);
    } catch (caught) {
      setError(errorMessage(caught, t('add.notAdded')));
      adding.current = false;
      setBusy(false);
    }
  }

  return (
    <section className="panel panel--section" aria-labelledby="add-organisation-heading">
      <h2 id="add-organisation-heading">{t('add.heading')}</h2>
      <form className="field-row" onSubmit={handleSubmit}>
        <OrganisationFields />
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t('add.adding') : t('add.add')}
        </button>
      </form>
      <FormError message={error} />
    </section>
  );
}
