import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeView, StatementView, UpstreamView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { OfferChangesPanel } from './OfferChangesPanel.tsx';
import { PublishForkPanel } from './PublishForkPanel.tsx';
import { ShareForkPanel } from './ShareForkPanel.tsx';
import { UpstreamChangesPanel } from './UpstreamChangesPanel.tsx';

/** A fork and the text it comes from: what changed there, the pull, sharing, publishing, and offering changes back. */
export function ForkUpstream({ fork, me, onChanged }: { fork: StatementView; me: MeView; onChanged(): void }) {
  const { t } = useTranslation('forks');
  const upstream = useApiResource<UpstreamView>(`/api/statements/${encodeURIComponent(fork.id)}/upstream`, t('upstream.compareFailed'));
  // Only to say whose text it is, the coalition's or another organisation's fork; its errors show above.
  const upstreamStatement = useApiResource<StatementView>(`/api/statements/${encodeURIComponent(fork.forkOf ?? '')}`, t('upstream.loadFailed'));
  const [pulled, setPulled] = useState(false);
  const [publishedUrl, setPublishedUrl] = useState<string | null>(null);
  const publishing = {
    publishedUrl,
    onPublished(url: string) {
      setPublishedUrl(url);
      onChanged();
    },
  };
  const manages = fork.can.includes('fork.manage');
  const ownerOfUpstream = upstreamStatement.data?.forkOf ? upstreamStatement.data.ownerOrg : null;

  if (upstream.data === null) {
    return (
      <>
        <FormError message={upstream.error} />
        {!upstream.error && (
          <p className="muted" aria-busy="true">
            {t('upstream.comparing')}
          </p>
        )}
      </>
    );
  }

  return (
    <div className="stack">
      <FormError message={upstream.error} />
      <UpstreamChangesPanel
        fork={fork}
        upstream={upstream.data}
        upstreamOwner={ownerOfUpstream?.name ?? null}
        mayPull={manages && fork.stage === 'drafting'}
        pulled={pulled}
        onPulled={() => {
          setPulled(true);
          upstream.reload();
          onChanged();
        }}
      />
      {manages ? (
        <div className="admin-columns admin-columns--even">
          <ShareForkPanel fork={fork} onChanged={onChanged} />
          <PublishForkPanel fork={fork} me={me} {...publishing} />
          {/* Asked afresh after each pull: the passages to compare have moved. */}
          <OfferChangesPanel key={upstream.data.pulledAt} fork={fork} upstream={upstream.data} />
        </div>
      ) : (
        // Publishing ends managing (the policy drops fork.manage): the panel stays, to say where it is published.
        fork.stage === 'published' && <PublishForkPanel fork={fork} me={me} {...publishing} />
      )}
    </div>
  );
}
