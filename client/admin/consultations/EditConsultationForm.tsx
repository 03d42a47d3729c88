import type { ConsultationView } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { useFormSubmit } from '../../api/useFormSubmit.ts';
import { FormError } from '../../layout/FormError.tsx';

/** Corrects the consultation's name, who runs it and its link (its deadline moves only with a reason). */
export function EditConsultationForm({ consultation, onSaved }: { consultation: ConsultationView; onSaved(saved: ConsultationView): void }) {
  const { busy, error, handleSubmit } = useFormSubmit(async (form) => {
    onSaved(
      await apiRequest<ConsultationView>('PATCH', `/api/consultations/${consultation.id}`, {
        name: String(form.get('name') ?? ''),
        body: String(form.get('body') ?? ''),
        url: String(form.get('url') ?? ''),
      }),
    );
  }, 'The details could not be saved.');

  return (
    <section className="panel panel--section" aria-labelledby="edit-consultation-heading">
      <h2 id="edit-consultation-heading">Details</h2>
      <form className="field-row" onSubmit={handleSubmit}>
        <label className="field">
          <span>Consultation name</span>
          <input name="name" required maxLength={300} defaultValue={consultation.name} />
        </label>
        <label className="field">
          <span>Run by</span>
          <input name="body" required maxLength={300} defaultValue={consultation.body} />
        </label>
        <label className="field">
          <span>Link</span>
          <input name="url" type="url" required defaultValue={consultation.url} />
        </label>
        <button className="button" type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save details'}
        </button>
      </form>
      <FormError message={error} />
    </section>
  );
}
