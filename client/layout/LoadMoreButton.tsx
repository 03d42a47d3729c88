import { useTranslation } from 'react-i18next';
import type { PagedResource } from '../api/usePagedResource.ts';

/** The lists that are paged, each with its own whole sentence ("Load more versions") for translators. */
export type PagedListName = 'organisations' | 'invitations' | 'statements' | 'versions';

/** "Load more" under a paged list; nothing when the last page is shown. */
export function LoadMoreButton({ list, what }: { list: Pick<PagedResource<unknown>, 'loadMore' | 'loadingMore'>; what: PagedListName }) {
  const { t } = useTranslation('layout');
  if (list.loadMore === null) return null;
  const labels: Record<PagedListName, { idle: string; busy: string }> = {
    organisations: { idle: t('loadMore.organisations'), busy: t('loadMore.organisationsBusy') },
    invitations: { idle: t('loadMore.invitations'), busy: t('loadMore.invitationsBusy') },
    statements: { idle: t('loadMore.statements'), busy: t('loadMore.statementsBusy') },
    versions: { idle: t('loadMore.versions'), busy: t('loadMore.versionsBusy') },
  };
  return (
    <p className="load-more">
      <button className="button button--quiet" type="button" onClick={list.loadMore} disabled={list.loadingMore} aria-busy={list.loadingMore}>
        {list.loadingMore ? labels[what].busy : labels[what].idle}
      </button>
    </p>
  );
}
