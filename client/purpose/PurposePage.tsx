import { useEffect } from 'react';
import { Link } from 'react-router';
import type { MeView, PurposeView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { FormError } from '../layout/FormError.tsx';
import { formatDateTime } from '../layout/formatDateTime.ts';
import { PurposeAgreement } from './PurposeAgreement.tsx';
import { purposeSeen } from './purposeSeen.ts';
import { PurposeText } from './PurposeText.tsx';

/** The Statement of Purpose, and for a contact their organisation's agreement to it. */
export function PurposePage({ me }: { me: MeView }) {
  const purpose = useApiResource<PurposeView>('/api/purpose', 'The Statement of Purpose could not be loaded.');

  // Seen once: "Continue reading drafts" and later visits to the list do not come back here.
  useEffect(() => purposeSeen.mark(me.user.id, me.purpose.version), [me.user.id, me.purpose.version]);

  return (
    <>
      <AppHeader me={me} />
      <main className="page page--narrow">
        <div className="page__heading">
          <h1>Statement of Purpose</h1>
          <p className="muted">
            {purpose.data ? `Version ${purpose.data.version}, published ${formatDateTime(purpose.data.createdAt)}. ` : ''}
            What every organisation of the coalition agrees to before it comments on, forks or signs a statement.
          </p>
        </div>
        <FormError message={purpose.error} />
        {purpose.data === null && !purpose.error && (
          <p className="muted" aria-busy="true">
            Loading…
          </p>
        )}
        {purpose.data && (
          <article className="purpose-sheet">
            <PurposeText text={purpose.data.text} />
            {me.org ? (
              <PurposeAgreement me={me} organisation={me.org} purpose={purpose.data} onAgreed={purpose.reload} />
            ) : (
              me.can.includes('purpose.publish') && (
                <p className="muted small">
                  The secretariat does not agree to it; it publishes it. <Link to="/admin/purpose">Publish a new version or see who agreed</Link>.
                </p>
              )
            )}
          </article>
        )}
      </main>
    </>
  );
}
