import { useTranslation } from 'react-i18next';
import type { ConsultationView } from '../../../shared/api/types.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { useFormSubmit } from '../../api/useFormSubmit.ts';
import { FormError } from '../../layout/FormError.tsx';
import { localDateTimeIn } from '../../time/localDateTimeIn.ts';

/** Moves the deadline, typed on the consultation's own clocks, with the reason everyone will see. */
export function MoveDeadlineForm({ consultation, onMoved }: { consultation: ConsultationView; onMoved(moved: ConsultationView): void }) {
  const { t } = useTranslation('adminConsultations');
  const { busy, error, handleSubmit } = useFormSubmit(async (form) => {
    onMoved(
      await apiRequest<ConsultationView>('PATCH', `/api/consultations/${consultation.id}`, {
        deadline: String(form.get('deadline') ?? ''),
        reason: String(form.get('reason') ?? ''),
      }),
    );
  }, t('move.notMoved'));

  return (
    <section className="panel panel--section" aria-labelledby="move-deadline-heading">
      <h2 id="move-deadline-heading">{t('move.heading')}</h2>
      <form className="field-row" onSubmit={handleSubmit}>
        <label className="field">
          <span>{t('move.newDeadline', { zone: consultation.timeZone })}</span>
          <input name="deadline" type="datetime-local" required defaultValue={localDateTimeIn(consultation.deadline, consultation.timeZone)} />
        </label>
        <label className="field">
          <span>{t('move.reason')}</span>
          <input name="reason" required maxLength={500} placeholder={t('move.reasonPlaceholder')} />
        </label>
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t('move.moving') : t('move.move')}
        </button>
      </form>
      <FormError message={error} />
    </section>
  );
}
