import type { PagedResource } from '../api/usePagedResource.ts';

/** "Load more" under a paged list; nothing when the last page is shown. */
export function LoadMoreButton({ list, what }: { list: Pick<PagedResource<unknown>, 'loadMore' | 'loadingMore'>; what: string }) {
  if (list.loadMore === null) return null;
  return (
    <p className="load-more">
      <button className="button button--quiet" type="button" onClick={list.loadMore} disabled={list.loadingMore} aria-busy={list.loadingMore}>
        {list.loadingMore ? `Loading more ${what}…` : `Load more ${what}`}
      </button>
    </p>
  );
}
