import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { PublicLink } from '../publishing/PublicLink.tsx';
import { StageBadge } from '../statements/StageBadge.tsx';
import { ActionNotice } from './ActionNotice.tsx';
import { OurSignOn } from './OurSignOn.tsx';
import { SignatureList } from './SignatureList.tsx';
import { SignOnDeadline } from './SignOnDeadline.tsx';
import { signOnRights } from './signOnRights.ts';
import { SecretariatSignOn } from './SecretariatSignOn.tsx';
import { SignOnSettingsForm } from './SignOnSettingsForm.tsx';
import type { StageOutcome } from './StageActions.tsx';
import { stageExplanation } from './stageExplanation.ts';
import { StageOutcomeNotice } from './StageOutcomeNotice.tsx';
import { useLiveRefresh } from './useLiveRefresh.ts';
import { useSignatures } from './useSignatures.ts';

const SIGNATURES_REFRESH_MS = 30_000;

/**
 * The statement's side panel about its life after drafting: the stage and the deadline for
 * everyone; for the secretariat the next step, the settings and the live tally; for contacts their
 * organisation's signature; once published, the public page and who signed.
 */
export function SignOnPanel({ me, statement, onChanged }: { me: MeView; statement: StatementView; onChanged(): void }) {
  const { t } = useTranslation('signons');
  const rights = signOnRights(me, statement);
  const signatures = useSignatures(me, statement);
  const [outcome, setOutcome] = useState<{ id: number; outcome: StageOutcome } | null>(null);
  const [withdrawnAt, setWithdrawnAt] = useState<number | null>(null);
  // The stage moves when the secretariat acts elsewhere: catch up when the reader comes back.
  useLiveRefresh(onChanged);
  // Signatures come in from other organisations while the reader watches.
  useLiveRefresh(signatures.reload, rights.collecting ? SIGNATURES_REFRESH_MS : undefined);

  function handleMoved(next: StageOutcome) {
    setOutcome({ id: Date.now(), outcome: next });
    setWithdrawnAt(null);
    onChanged();
    signatures.reload();
  }

  function handleSignatureWithdrawn() {
    setWithdrawnAt(Date.now());
    signatures.reload();
  }

  const { finalVersion, stage } = statement;
  const afterFreeze = finalVersion !== null && stage !== 'drafting';
  const isPublic = stage === 'published' || stage === 'withdrawn';

  return (
    <section className="panel sign-on-panel" aria-labelledby="sign-on-heading" data-testid="sign-on-panel">
      <div className="sign-on-panel__header">
        <h2 id="sign-on-heading">{t('panel.heading')}</h2>
        <StageBadge stage={stage} />
      </div>
      <p className="muted small sign-on-panel__explanation">{stageExplanation(statement, t)}</p>
      {finalVersion && (
        <p className="small sign-on-panel__final">
          {t('panel.finalVersion', { version: finalVersion.number })}{' '}
          <code className="sign-on-panel__hash" title={finalVersion.hash}>
            {finalVersion.hash.slice(0, 12)}…
          </code>
        </p>
      )}
      <SignOnDeadline statement={statement} />
      {outcome && <StageOutcomeNotice key={outcome.id} outcome={outcome.outcome} />}
      {withdrawnAt !== null && (
        <ActionNotice key={withdrawnAt} tone="warn">
          {t('panel.withdrawn')}
        </ActionNotice>
      )}
      {isPublic && <PublicLink statement={statement} />}
      {rights.managesStage && <SecretariatSignOn statement={statement} onMoved={handleMoved} />}
      <OurSignOn me={me} statement={statement} rights={rights} signatures={signatures} onWithdrawn={handleSignatureWithdrawn} />
      {!rights.readsTally && afterFreeze && signatures.all !== null && (
        <SignatureList signatures={signatures.all} heading={isPublic ? t('panel.signedBy') : t('panel.signedSoFar')} />
      )}
      {signatures.error && (
        <p className="form-error" role="alert">
          {signatures.error}
        </p>
      )}
      {rights.managesStage && stage !== 'withdrawn' && (
        <details className="sign-on-panel__settings" open={stage === 'drafting'}>
          <summary>{t('settings.title')}</summary>
          <SignOnSettingsForm statement={statement} onSaved={onChanged} />
        </details>
      )}
    </section>
  );
}
