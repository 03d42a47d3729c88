import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientSources, findHardCodedText, serverWordingSources } from './hardCodedText.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Files whose words are still being moved into the catalogues (issue 14). The list only shrinks: a file
 * that has none left must leave it, and no other file may gain one.
 */
const PENDING = new Set([
  'client/App.tsx',
  'client/account/AccountPage.tsx',
  'client/account/CalendarSection.tsx',
  'client/account/ChangePasswordForm.tsx',
  'client/account/NotificationSettingsForm.tsx',
  'client/account/SessionList.tsx',
  'client/account/describeBrowser.ts',
  'client/admin/AdminNav.tsx',
  'client/admin/NotAllowed.tsx',
  'client/admin/OneTimeLink.tsx',
  'client/admin/accounts/ContactRoleSelect.tsx',
  'client/admin/accounts/RemoveAccountButton.tsx',
  'client/admin/accounts/ResetPasswordButton.tsx',
  'client/admin/adminPages.ts',
  'client/admin/audit/AuditFilterForm.tsx',
  'client/admin/audit/AuditPage.tsx',
  'client/admin/audit/AuditTable.tsx',
  'client/admin/audit/ChainStatus.tsx',
  'client/admin/audit/useAuditLog.ts',
  'client/admin/consultations/ConsultationListPage.tsx',
  'client/admin/consultations/ConsultationPage.tsx',
  'client/admin/consultations/CreateConsultationForm.tsx',
  'client/admin/consultations/EditConsultationForm.tsx',
  'client/admin/consultations/MoveDeadlineForm.tsx',
  'client/admin/invitations/InvitationStatusBadge.tsx',
  'client/admin/invitations/InvitationTable.tsx',
  'client/admin/invitations/InvitationsPanel.tsx',
  'client/admin/invitations/InviteForm.tsx',
  'client/admin/invitations/invitationRoles.ts',
  'client/admin/organisations/AddOrganisationForm.tsx',
  'client/admin/organisations/ContactTable.tsx',
  'client/admin/organisations/OrganisationEditForm.tsx',
  'client/admin/organisations/OrganisationFields.tsx',
  'client/admin/organisations/OrganisationListPage.tsx',
  'client/admin/organisations/OrganisationPage.tsx',
  'client/admin/organisations/OrganisationTable.tsx',
  'client/admin/organisations/PurposeAgreementBadge.tsx',
  'client/admin/organisations/RemoveOrganisationPanel.tsx',
  'client/admin/organisations/organisationLabels.ts',
  'client/admin/outbox/OutboxPage.tsx',
  'client/admin/purpose/PublishPurposeForm.tsx',
  'client/admin/purpose/PurposeAdminPage.tsx',
  'client/admin/purpose/PurposeAgreementList.tsx',
  'client/admin/secretariat/SecretariatPage.tsx',
  'client/admin/secretariat/SecretariatTable.tsx',
  'client/api/apiPage.ts',
  'client/api/apiRequest.ts',
  'client/auth/ForgotPasswordPage.tsx',
  'client/auth/LoginPage.tsx',
  'client/auth/RequireSession.tsx',
  'client/auth/ResetPasswordPage.tsx',
  'client/auth/SetupPage.tsx',
  'client/collab/ConnectionStatus.tsx',
  'client/collab/PresenceList.tsx',
  'client/collab/StatementEditor.tsx',
  'client/collab/Toolbar.tsx',
  'client/comments/CommentButtons.tsx',
  'client/comments/CommentItem.tsx',
  'client/comments/MentionTextarea.tsx',
  'client/comments/ReplyForm.tsx',
  'client/comments/SuggestionChange.tsx',
  'client/comments/ThreadCard.tsx',
  'client/comments/ThreadComposer.tsx',
  'client/comments/ThreadDecisions.tsx',
  'client/comments/ThreadFilters.tsx',
  'client/comments/ThreadHighlights.ts',
  'client/comments/ThreadOutcome.tsx',
  'client/comments/ThreadPanel.tsx',
  'client/comments/draftFromSelection.ts',
  'client/comments/threadDecorations.ts',
  'client/comments/threadFilter.ts',
  'client/comments/useThreads.ts',
  'client/comments/visibilityLabels.ts',
  'client/consultations/ConsultationLinkForm.tsx',
  'client/consultations/ConsultationPanel.tsx',
  'client/consultations/UpcomingDeadlines.tsx',
  'client/consultations/describeMove.ts',
  'client/consultations/milestoneLabel.ts',
  'client/forks/ForkButton.tsx',
  'client/forks/ForkOrigin.tsx',
  'client/forks/ForkUpstream.tsx',
  'client/forks/LineagePage.tsx',
  'client/forks/LineageTree.tsx',
  'client/forks/OfferChangesPanel.tsx',
  'client/forks/PassageMap.tsx',
  'client/forks/PublishForkPanel.tsx',
  'client/forks/PullButton.tsx',
  'client/forks/ShareForkPanel.tsx',
  'client/forks/UpstreamChangeList.tsx',
  'client/forks/UpstreamChangesPanel.tsx',
  'client/forks/UpstreamPage.tsx',
  'client/invitations/AcceptInvitationPage.tsx',
  'client/layout/AdminMenu.tsx',
  'client/layout/AuthLayout.tsx',
  'client/layout/ConfirmButton.tsx',
  'client/layout/LoadMoreButton.tsx',
  'client/layout/PageLoading.tsx',
  'client/needs/NeedsLink.tsx',
  'client/needs/NeedsPage.tsx',
  'client/publishing/PublicLink.tsx',
  'client/publishing/PublishButton.tsx',
  'client/publishing/WithdrawPublicationButton.tsx',
  'client/purpose/PurposeAgreement.tsx',
  'client/purpose/PurposeBanner.tsx',
  'client/purpose/PurposePage.tsx',
  'client/search/SearchPage.tsx',
  'client/signons/DeclineButton.tsx',
  'client/signons/FinalText.tsx',
  'client/signons/FreezeButton.tsx',
  'client/signons/OurSignOn.tsx',
  'client/signons/OurSignature.tsx',
  'client/signons/ReconfirmationDiff.tsx',
  'client/signons/ReopenButton.tsx',
  'client/signons/SignForm.tsx',
  'client/signons/SignOnDeadline.tsx',
  'client/signons/SignOnPanel.tsx',
  'client/signons/SignOnSettingsForm.tsx',
  'client/signons/SignPage.tsx',
  'client/signons/SignWorkspace.tsx',
  'client/signons/SignatureCount.tsx',
  'client/signons/SignatureList.tsx',
  'client/signons/SigningArea.tsx',
  'client/signons/StageOutcomeNotice.tsx',
  'client/signons/TallyPanel.tsx',
  'client/signons/publishWarning.ts',
  'client/signons/signOnRights.ts',
  'client/signons/stageExplanation.ts',
  'client/signons/timeLeft.ts',
  'client/signons/useEarlierFinal.ts',
  'client/signons/useSignatures.ts',
  'client/signons/useTally.ts',
  'client/signons/whyNotSigning.ts',
  'client/statements/DraftersPanel.tsx',
  'client/statements/FrozenStatementText.tsx',
  'client/statements/StageBadge.tsx',
  'client/statements/StatementLinks.tsx',
  'client/statements/StatementListPage.tsx',
  'client/statements/StatementPage.tsx',
  'client/statements/TitleEditor.tsx',
  'client/time/formatCountdown.ts',
  'client/versions/DiffLayoutToggle.tsx',
  'client/versions/DiffSideBySide.tsx',
  'client/versions/NameVersionForm.tsx',
  'client/versions/RestoreVersionButton.tsx',
  'client/versions/StatementSubpage.tsx',
  'client/versions/VersionComparison.tsx',
  'client/versions/VersionHash.tsx',
  'client/versions/VersionHistory.tsx',
  'client/versions/VersionReader.tsx',
  'client/versions/VersionsPage.tsx',
  'client/versions/VersionsWorkspace.tsx',
  'client/versions/comparedText.ts',
]);

describe('user-visible text', () => {
  const sources = clientSources(ROOT).map((file) => ({ file: path.relative(ROOT, file), found: findHardCodedText(file) }));

  it('comes from the catalogues: no hard-coded words in the interface', () => {
    const hardCoded = sources
      .filter(({ file }) => !PENDING.has(file))
      .flatMap(({ found }) => found.map((text) => `${path.relative(ROOT, text.file)}:${text.line} ${JSON.stringify(text.text)}`));
    expect(hardCoded, 'user-visible words outside the catalogues: use t() (or mark a name that is never translated with i18n-ignore)').toEqual([]);
  });

  it('lists as pending only files that still have hard-coded words', () => {
    const done = sources.filter(({ file, found }) => PENDING.has(file) && found.length === 0).map(({ file }) => file);
    expect(done, 'remove these from PENDING in tests/i18n/noHardCodedText.test.ts').toEqual([]);
    const gone = [...PENDING].filter((file) => !sources.some((source) => source.file === file));
    expect(gone, 'pending files that no longer exist').toEqual([]);
  });

  it('finds words in text, visible attributes, messages and templates, and leaves machine strings alone', () => {
    const source = [
      "import { x } from 'Some Module Name';",
      'export function Sample({ busy }: { busy: boolean }) {',
      "  if (mode === 'Read Only') fetch('/api/some thing');",
      '  return (',
      '    <p className="two words" title="Read this" data-kind="Two Words">',
      '      Hello there',
      "      {busy ? 'Saving…' : t('save')}",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample is source code with a template in it
      '      {`${3} days left`}',
      "      {error('Could not load it.')}",
      '      {/* i18n-ignore: a name */}',
      "      {'Accord Name'}",
      '    </p>',
      '  );',
      '}',
    ].join('\n');
    expect(findHardCodedText('sample.tsx', source).map((text) => text.text)).toEqual([
      'Read this',
      'Hello there',
      'Saving…',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the template as written in the sample
      '`${3} days left`',
      'Could not load it.',
    ]);
  });
});

/**
 * Server files whose words are still to move into the catalogues: replies refused by e-mail (SMTP answers
 * to whoever wrote, whose language the server does not know) and the outbox's reason for an unsent mail.
 */
const SERVER_PENDING = new Set(['server/mail/InboundMail.ts', 'server/mail/MailSender.ts', 'server/mail/attributeMailReply.ts']);

describe('words the server writes (mail and public pages)', () => {
  const sources = serverWordingSources(ROOT).map((file) => ({
    file: path.relative(ROOT, file),
    found: findHardCodedText(file, undefined, { server: true }),
  }));

  it('come from the catalogues: no hard-coded words in mail or public pages', () => {
    const hardCoded = sources
      .filter(({ file }) => !SERVER_PENDING.has(file))
      .flatMap(({ found }) => found.map((text) => `${path.relative(ROOT, text.file)}:${text.line} ${JSON.stringify(text.text)}`));
    expect(hardCoded, 'words outside the catalogues: use translatorFor(language) and t() (or mark a name with i18n-ignore)').toEqual([]);
  });

  it('lists as pending only server files that still have hard-coded words', () => {
    const done = sources.filter(({ file, found }) => SERVER_PENDING.has(file) && found.length === 0).map(({ file }) => file);
    expect(done, 'remove these from SERVER_PENDING').toEqual([]);
  });

  it('sees words between HTML tags and leaves the markup, styles and log lines alone', () => {
    const source = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample is source code with templates in it
      'const head = `<th scope="col">${a}</th><td style="font-size:13px;color:#57606a">${b}</td>`;',
      "logger.info({ id }, 'notification mail caught up');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample is source code with a template in it
      'const body = `<p class="notice">This statement was withdrawn on ${date}.</p>`;',
      "const footer = '<p>Download the PDF</p>';",
    ].join('\n');
    expect(findHardCodedText('server/sample.ts', source, { server: true }).map((found) => found.text)).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the template as written in the sample
      '`<p class="notice">This statement was withdrawn on ${date}.</p>`',
      '<p>Download the PDF</p>',
    ]);
  });
});
