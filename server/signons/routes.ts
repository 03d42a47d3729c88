import { Router } from 'express';
import type { OurDeclineView, PublishCheckView, SignatureView } from '../../shared/api/types.ts';
import { declineInput, freezeInput, settingsInput, signInput } from '../../shared/schemas/signons.ts';
import { publicOrigin } from '../accounts/oneTimeLinks.ts';
import type { AppContext } from '../AppContext.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { requireActor } from '../auth/requireActor.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseInput } from '../http/parseInput.ts';
import { findStatementFor, permit } from '../statements/findStatementFor.ts';
import type { SignatureRecord, StatementRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { freezeStatement } from './freezeStatement.ts';
import { organisationOf } from './organisationOf.ts';
import { tallyRows } from './tallyRows.ts';

/** The signatures of the current final version, as the public list and the API show them. */
export async function currentSignatures(store: Store, statement: StatementRecord): Promise<SignatureView[]> {
  const signatures = (await store.signatures.active(statement.id)).filter((signature) => signature.versionNumber === statement.finalVersion);
  const views: SignatureView[] = [];
  for (const signature of signatures) {
    const organisation = await store.organisations.findById(signature.orgId);
    const signer = await store.users.findById(signature.signedBy);
    if (organisation === null) continue;
    views.push({
      org: organisationOf(organisation),
      as: signature.asCategory,
      hash: signature.hash,
      version: signature.versionNumber,
      signedBy: signer?.name ?? 'Unknown',
      signedAt: signature.signedAt,
    });
  }
  return views;
}

/**
 * The statement's life after drafting: the secretariat freezes a final version (everyone's editor
 * becomes read-only), reopens drafting, and sets the sign-on rules; a signatory signs for their
 * organisation, bound to the hash of the exact text they were shown; the tally for the secretariat.
 */
export function createSignOnRouter({ store, collab, audit, env }: AppContext): Router {
  const router = Router();

  router.post('/statements/:id/freeze', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.freeze');
    const { name, carryOver } = parseInput(freezeInput, request.body ?? {});
    response.json(await freezeStatement({ store, collab }, actor, access.statement.id, name, carryOver));
  });

  router.post('/statements/:id/reopen', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.reopen');
    const entry = auditEntry(actor, 'statement.stageChanged', { type: 'statement', id: access.statement.id }, { from: 'sign-on', to: 'drafting' });
    if (!(await store.statements.reopen(access.statement.id, new Date().toISOString(), entry))) {
      throw new HttpError('conflict', 'Only a statement in sign-on can be reopened for drafting');
    }
    await collab.reconnectStatement(access.statement.id);
    response.json({ stage: 'drafting' });
  });

  router.patch('/statements/:id/settings', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.editSettings');
    const settings = parseInput(settingsInput, request.body);
    await store.statements.updateSettings(access.statement.id, settings, new Date().toISOString());
    await audit.record(actor, 'statement.settingsChanged', { type: 'statement', id: access.statement.id }, settings);
    response.status(204).end();
  });

  router.post('/statements/:id/signatures', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.sign');
    const { hash } = parseInput(signInput, request.body);
    const { statement } = access;
    const organisation = actor.organisation!;
    const final = await store.versions.find(statement.id, statement.finalVersion!);
    if (final === null || final.hash !== hash) {
      throw new HttpError('conflict', 'That is not the text being signed: reload and read the final version before signing');
    }
    const signature: SignatureRecord = {
      statementId: statement.id,
      orgId: organisation.id,
      versionNumber: final.number,
      hash,
      asCategory: organisation.category,
      signedBy: actor.user.id,
      signedAt: new Date().toISOString(),
      withdrawnBy: null,
      withdrawnAt: null,
    };
    const entry = auditEntry(actor, 'signature.added', { type: 'statement', id: statement.id }, { organisation: organisation.id, version: final.number, hash });
    const outcome = await store.signatures.recordSignature(signature, entry);
    if (outcome === 'closed') throw new HttpError('conflict', 'That is no longer the text being signed: reload and read the final version before signing');
    if (outcome === 'unchanged') throw new HttpError('conflict', `${organisation.name} has signed this version already`);
    response.status(201).json({ version: final.number, hash });
  });

  router.delete('/statements/:id/signatures', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.withdrawSignature');
    const { statement } = access;
    const organisation = actor.organisation!;
    const entry = auditEntry(
      actor,
      'signature.withdrawn',
      { type: 'statement', id: statement.id },
      { organisation: organisation.id, version: statement.finalVersion },
    );
    const outcome = await store.signatures.recordWithdrawal(
      statement.id,
      organisation.id,
      statement.finalVersion!,
      actor.user.id,
      new Date().toISOString(),
      entry,
    );
    if (outcome !== 'done') throw new HttpError('not_found', `${organisation.name} has not signed this version`);
    response.status(204).end();
  });

  // Declining is a signatory's decision for the organisation, like signing. Declining after signing
  // withdraws the signature in the same transaction (the public page then lists the organisation
  // under "Withdrawn signatures"); signing after declining replaces the decline.
  router.post('/statements/:id/declines', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.decline');
    const { reason } = parseInput(declineInput, request.body ?? {});
    const { statement } = access;
    const organisation = actor.organisation!;
    const subject = { type: 'statement', id: statement.id };
    const version = statement.finalVersion!;
    // The reason stays out of the audit log: it is the secretariat's to read in the tally, not history's.
    const outcome = await store.signatures.recordDecline(
      {
        statementId: statement.id,
        orgId: organisation.id,
        versionNumber: version,
        reason: reason || null,
        declinedBy: actor.user.id,
        declinedAt: new Date().toISOString(),
      },
      auditEntry(actor, 'signature.declined', subject, { organisation: organisation.id, version, withReason: Boolean(reason) }),
      auditEntry(actor, 'signature.withdrawn', subject, { organisation: organisation.id, version }),
    );
    if (outcome === 'closed') throw new HttpError('conflict', 'Sign-on is closed for this statement');
    response.status(201).json({ version });
  });

  router.get('/statements/:id/declines/ours', async (request, response) => {
    const actor = requireActor(request);
    const { statement } = await findStatementFor(store, actor, request.params.id);
    const ours = actor.organisation
      ? (await store.signatures.declines(statement.id)).find(
          (decline) => decline.orgId === actor.organisation!.id && decline.versionNumber === statement.finalVersion,
        )
      : undefined;
    const view: OurDeclineView = { declined: ours !== undefined, declinedAt: ours?.declinedAt ?? null };
    response.json(view);
  });

  router.get('/statements/:id/signatures', async (request, response) => {
    const { statement } = await findStatementFor(store, requireActor(request), request.params.id);
    response.json(await currentSignatures(store, statement));
  });

  router.get('/statements/:id/tally', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.readTally');
    response.json(await tallyRows(store, access.statement));
  });

  router.get('/statements/:id/publish-check', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.readTally');
    const { statement } = access;
    if (statement.finalVersion === null) throw new HttpError('conflict', 'There is no final version yet');
    const counts: PublishCheckView['counts'] = { signed: 0, 'pending-reconfirmation': 0, undecided: 0, declined: 0, withdrawn: 0 };
    for (const row of await tallyRows(store, statement)) counts[row.status]++;
    const view: PublishCheckView = {
      finalVersion: statement.finalVersion,
      counts,
      signOnDeadline: statement.signOnDeadline,
      openAfterPublication: statement.openAfterPublication,
    };
    response.json(view);
  });

  router.post('/statements/:id/publish', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.publish');
    const { statement } = access;
    const at = new Date().toISOString();
    // The version published is the one the stage move itself read (L5), not `statement.finalVersion`.
    const version = await store.statements.publish(
      statement.id,
      actor.user.id,
      at,
      auditEntry(actor, 'statement.published', { type: 'statement', id: statement.id }),
    );
    if (version === null) throw new HttpError('conflict', 'Only a statement in sign-on can be published');
    response.json({ stage: 'published', url: `${publicOrigin(request, env.PUBLIC_URL)}/p/${statement.slug}` });
  });

  router.post('/statements/:id/withdraw', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.withdraw');
    const entry = auditEntry(actor, 'statement.stageChanged', { type: 'statement', id: access.statement.id }, { from: 'published', to: 'withdrawn' });
    if (!(await store.statements.withdrawPublication(access.statement.id, new Date().toISOString(), entry))) {
      throw new HttpError('conflict', 'Only a published statement can be withdrawn');
    }
    response.json({ stage: 'withdrawn' });
  });

  return router;
}
