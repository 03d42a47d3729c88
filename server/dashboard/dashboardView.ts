import type { NeedView, StatementView } from '../../shared/api/types.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { DASHBOARD_LIMITS, type BoundedList, type DashboardSignOnStatement, type DashboardView, type TallySummaryView } from '../../shared/api/dashboard.ts';
import type { Actor } from '../auth/Actor.ts';
import { consultationSummary } from '../consultations/consultationView.ts';
import { groupBy } from '../http/groupBy.ts';
import { openNeedsOf } from '../notifications/routes.ts';
import { tallyRows } from '../signons/tallyRows.ts';
import type { StatementAccess } from '../statements/findStatementFor.ts';
import { statementView, type PreloadedForView } from '../statements/statementView.ts';
import type { NoticeRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { followedStatements } from './followedStatements.ts';
import { organisationSignOn } from './organisationSignOn.ts';
import { recentActivity } from './recentActivity.ts';
import { needView } from '../notifications/routes.ts';

const SIGN_ON_ORDER = { awaiting: 0, declined: 1, signed: 2 } as const;

/** The dashboard of one user: every section policy-filtered and bounded by DASHBOARD_LIMITS; what needs them in `language`. */
export async function dashboardView(store: Store, actor: Actor, language?: Language): Promise<DashboardView> {
  const followed = await followedStatements(store, actor);
  const inStage = (stage: StatementAccess['statement']['stage']) => followed.filter((access) => access.statement.stage === stage);
  const drafting = inStage('drafting');
  const published = inStage('published');
  const signOnStatuses = await Promise.all(
    inStage('sign-on').map(async (access) => ({ access, myOrganisation: await organisationSignOn(store, actor, access.statement) })),
  );
  // What awaits the caller's organisation comes first.
  signOnStatuses.sort(
    (a, b) => (a.myOrganisation === null ? 0 : SIGN_ON_ORDER[a.myOrganisation]) - (b.myOrganisation === null ? 0 : SIGN_ON_ORDER[b.myOrganisation]),
  );
  const limit = DASHBOARD_LIMITS.statements;
  const shownSignOn = signOnStatuses.slice(0, limit);
  const shown = [...drafting.slice(0, limit), ...shownSignOn.map(({ access }) => access), ...published.slice(0, limit)];

  // One query each for the owners and threads of every statement shown, not one per statement.
  const [organisations, threads] = await Promise.all([store.organisations.list(), store.threads.listForStatements(shown.map((access) => access.statement.id))]);
  const preloaded: PreloadedForView = {
    organisations: new Map(organisations.map((organisation) => [organisation.id, organisation])),
    threadsOf: groupBy(threads, (thread) => thread.statementId),
  };
  const viewOf = (access: StatementAccess): Promise<StatementView> => statementView(store, actor, access, preloaded);
  const bounded = async (accesses: StatementAccess[]): Promise<BoundedList<StatementView>> => ({
    items: await Promise.all(accesses.slice(0, limit).map(viewOf)),
    total: accesses.length,
  });

  const now = Date.now();
  const coming = (await store.consultations.list()).filter((consultation) => Date.parse(consultation.deadline) > now).slice(0, DASHBOARD_LIMITS.deadlines);
  const needs = await openNeedsOf(store, actor, language);

  return {
    statements: {
      drafting: await bounded(drafting),
      signOn: {
        items: await Promise.all(
          shownSignOn.map(async ({ access, myOrganisation }): Promise<DashboardSignOnStatement> => ({ statement: await viewOf(access), myOrganisation })),
        ),
        total: signOnStatuses.length,
      },
      published: await bounded(published),
    },
    deadlines: await Promise.all(coming.map((consultation) => consultationSummary(store, consultation))),
    needs: { items: needs.slice(0, DASHBOARD_LIMITS.needs).map(needView), total: needs.length },
    activity: await recentActivity(store, actor, followed, DASHBOARD_LIMITS.activity),
    tally: actor.user.role === 'secretariat' ? await signOnTally(store, followed) : null,
  };
}

/** Signed / asked for every coalition statement in sign-on whose tally the caller may read. */
async function signOnTally(store: Store, followed: readonly StatementAccess[]): Promise<BoundedList<TallySummaryView>> {
  const open = followed.filter((access) => access.statement.stage === 'sign-on' && access.can.has('statement.readTally'));
  const items = await Promise.all(
    open.slice(0, DASHBOARD_LIMITS.tally).map(async ({ statement }): Promise<TallySummaryView> => {
      const rows = await tallyRows(store, statement);
      return { statement: { id: statement.id, title: statement.title }, signed: rows.filter((row) => row.status === 'signed').length, asked: rows.length };
    }),
  );
  return { items, total: open.length };
}
