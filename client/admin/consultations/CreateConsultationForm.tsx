import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiRequest } from '../../api/apiRequest.ts';
import { useFormSubmit } from '../../api/useFormSubmit.ts';
import { FormError } from '../../layout/FormError.tsx';
import { timeZones } from '../../time/timeZones.ts';

/** Adds a consultation; its deadline is typed in the zone the external body announced it in. */
export function CreateConsultationForm() {
  const { t } = useTranslation('adminConsultations');
  const navigate = useNavigate();
  const { busy, error, handleSubmit } = useFormSubmit(async (form) => {
    const { id } = await apiRequest<{ id: string }>('POST', '/api/consultations', {
      name: String(form.get('name') ?? ''),
      body: String(form.get('body') ?? ''),
      url: String(form.get('url') ?? ''),
      deadline: String(form.get('deadline') ?? ''),
      timeZone: String(form.get('timeZone') ?? ''),
    });
    navigate(`/admin/consultations/${id}`);
  }, t('create.notAdded'));

  return (
    <section className="panel panel--section" aria-labelledby="add-consultation-heading">
      <h2 id="add-consultation-heading">{t('create.heading')}</h2>
      <form className="field-row" onSubmit={handleSubmit}>
        <label className="field">
          <span>{t('fields.name')}</span>
          <input name="name" required maxLength={300} placeholder={t('fields.namePlaceholder')} />
        </label>
        <label className="field">
          <span>{t('fields.runBy')}</span>
          <input name="body" required maxLength={300} placeholder={t('fields.runByPlaceholder')} />
        </label>
        <label className="field">
          <span>{t('fields.link')}</span>
          <input name="url" type="url" required placeholder="https://" />
        </label>
        <label className="field">
          <span>{t('fields.deadline')}</span>
          <input name="deadline" type="datetime-local" required />
        </label>
        <label className="field">
          <span>{t('fields.timeZone')}</span>
          <select name="timeZone" defaultValue={Intl.DateTimeFormat().resolvedOptions().timeZone}>
            {timeZones().map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </label>
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t('create.adding') : t('create.add')}
        </button>
      </form>
      <FormError message={error} />
    </section>
  );
}
