import { useTranslation } from 'react-i18next';
import type { ConsultationView } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { useFormSubmit } from '../../api/useFormSubmit.ts';
import { FormError } from '../../layout/FormError.tsx';

/** Corrects the consultation's name, who runs it and its link (its deadline moves only with a reason). */
export function EditConsultationForm({ consultation, onSaved }: { consultation: ConsultationView; onSaved(saved: ConsultationView): void }) {
  const { t } = useTranslation('adminConsultations');
  const { busy, error, handleSubmit } = useFormSubmit(async (form) => {
    onSaved(
      await apiRequest<ConsultationView>('PATCH', `/api/consultations/${consultation.id}`, {
        name: String(form.get('name') ?? ''),
        body: String(form.get('body') ?? ''),
        url: String(form.get('url') ?? ''),
      }),
    );
  }, t('edit.notSaved'));

  return (
    <section className="panel panel--section" aria-labelledby="edit-consultation-heading">
      <h2 id="edit-consultation-heading">{t('edit.heading')}</h2>
      <form className="field-row" onSubmit={handleSubmit}>
        <label className="field">
          <span>{t('fields.name')}</span>
          <input name="name" required maxLength={300} defaultValue={consultation.name} />
        </label>
        <label className="field">
          <span>{t('fields.runBy')}</span>
          <input name="body" required maxLength={300} defaultValue={consultation.body} />
        </label>
        <label className="field">
          <span>{t('fields.link')}</span>
          <input name="url" type="url" required defaultValue={consultation.url} />
        </label>
        <button className="button" type="submit" disabled={busy}>
          {busy ? t('edit.saving') : t('edit.save')}
        </button>
      </form>
      <FormError message={error} />
    </section>
  );
}
