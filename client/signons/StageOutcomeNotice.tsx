import { ActionNotice } from './ActionNotice.tsx';
import type { StageOutcome } from './StageActions.tsx';

/** Says what the secretariat's last step did, with the public address after publishing. */
export function StageOutcomeNotice({ outcome }: { outcome: StageOutcome }) {
  switch (outcome.kind) {
    case 'frozen':
      return (
        <ActionNotice>
          Frozen as version {outcome.number}. Editors are read-only; organisations can sign now.
          <code className="sign-on-notice__hash">{outcome.hash}</code>
        </ActionNotice>
      );
    case 'reopened':
      return <ActionNotice tone="warn">Drafting reopened. Signatures given so far will need re-confirmation after the next freeze.</ActionNotice>;
    case 'published':
      return (
        <ActionNotice>
          Published at{' '}
          <a href={outcome.url} target="_blank" rel="noopener">
            {outcome.url}
          </a>
        </ActionNotice>
      );
    case 'withdrawn':
      return <ActionNotice tone="warn">Publication withdrawn. The public page now says so.</ActionNotice>;
  }
}
