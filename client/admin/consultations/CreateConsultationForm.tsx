import { useNavigate } from 'react-router';
import { apiRequest } from '../../api/apiRequest.ts';
import { useFormSubmit } from '../../api/useFormSubmit.ts';
import { FormError } from '../../layout/FormError.tsx';
import { timeZones } from '../../time/timeZones.ts';

/** Adds a consultation; its deadline is typed in the zone the external body announced it in. */
export function CreateConsultationForm() {
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
  }, 'The consultation could not be added.');

  return (
    <section className="panel panel--section" aria-labelledby="add-consultation-heading">
      <h2 id="add-consultation-heading">Add a consultation</h2>
      <form className="field-row" onSubmit={handleSubmit}>
        <label className="field">
          <span>Consultation name</span>
          <input name="name" required maxLength={300} placeholder="WSIS+20 review" />
        </label>
        <label className="field">
          <span>Run by</span>
          <input name="body" required maxLength={300} placeholder="UN CSTD" />
        </label>
        <label className="field">
          <span>Link</span>
          <input name="url" type="url" required placeholder="https://" />
        </label>
        <label className="field">
          <span>Deadline</span>
          <input name="deadline" type="datetime-local" required />
        </label>
        <label className="field">
          <span>Time zone of the deadline</span>
          <select name="timeZone" defaultValue={Intl.DateTimeFormat().resolvedOptions().timeZone}>
            {timeZones().map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </label>
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Adding…' : 'Add consultation'}
        </button>
      </form>
      <FormError message={error} />
    </section>
  );
}
