import { Link } from 'react-router';
import type { MeView } from '../../shared/api/types.ts';

/** Reminds a contact, while their organisation has not agreed to the Statement of Purpose, what that holds back. */
export function PurposeBanner({ me }: { me: MeView }) {
  if (!me.org || me.purpose.agreed) return null;
  return (
    <div className="notice notice--warn purpose-banner" data-testid="purpose-banner">
      <span>Your organisation has not agreed to the Statement of Purpose v{me.purpose.version}: you can read drafts; agree to comment, fork and sign.</span>
      <Link to="/purpose" className="button button--small">
        Read and agree
      </Link>
    </div>
  );
}
