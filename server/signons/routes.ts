import { Router } from 'express';
import type { SignatureView, TallyRowView } from '../../shared/api/types.ts';
import { freezeInput, settingsInput, signInput } from '../../shared/schemas/signons.ts';
import { publicOrigin } from '../accounts/oneTimeLinks.ts';
import type { AppContext } from '../AppContext.ts';
import { requireActor } from '../auth/requireActor.ts';
import { HttpError } from '../http/HttpError.ts';
import { parseInput } from '../http/parseInput.ts';
import { findStatementFor, permit } from '../statements/findStatementFor.ts';
import type { OrganisationRecord, SignatureRecord, StatementRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { createVersion } from '../versions/createVersion.ts';

const organisationOf = (organisation: OrganisationRecord) => ({ id: organisation.id, name: organisation.name, category: organisation.category, country: organisation.country });

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
    const { name } = parseInput(freezeInput, request.body ?? {});
    const final = await createVersion({ store, collab }, actor, access.statement.id, name, 'final');
    if (!(await store.statements.moveStage(access.statement.id, 'drafting', 'sign-on', new Date().toISOString(), final.number))) {
      throw new HttpError('conflict', 'The statement changed stage meanwhile');
    }
    await audit.record(actor, 'statement.stageChanged', { type: 'statement', id: access.statement.id }, { from: 'drafting', to: 'sign-on', version: final.number, hash: final.hash });
    // Every open editor reconnects and gets read-only access: the text is frozen.
    await collab.reconnectStatement(access.statement.id);
    response.json(final);
  });

  router.post('/statements/:id/reopen', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.reopen');
    if (!(await store.statements.moveStage(access.statement.id, 'sign-on', 'drafting', new Date().toISOString()))) {
      throw new HttpError('conflict', 'Only a statement in sign-on can be reopened for drafting');
    }
    await audit.record(actor, 'statement.stageChanged', { type: 'statement', id: access.statement.id }, { from: 'sign-on', to: 'drafting' });
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
    if (!(await store.signatures.sign(signature))) throw new HttpError('conflict', `${organisation.name} has signed this version already`);
    await audit.record(actor, 'signature.added', { type: 'statement', id: statement.id }, { organisation: organisation.id, version: final.number, hash });
    response.status(201).json({ version: final.number, hash });
  });

  router.delete('/statements/:id/signatures', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.withdrawSignature');
    const { statement } = access;
    const organisation = actor.organisation!;
    if (!(await store.signatures.withdraw(statement.id, organisation.id, statement.finalVersion!, actor.user.id, new Date().toISOString()))) {
      throw new HttpError('not_found', `${organisation.name} has not signed this version`);
    }
    await audit.record(actor, 'signature.withdrawn', { type: 'statement', id: statement.id }, { organisation: organisation.id, version: statement.finalVersion });
    response.status(204).end();
  });

  router.get('/statements/:id/signatures', async (request, response) => {
    const { statement } = await findStatementFor(store, requireActor(request), request.params.id);
    response.json(await currentSignatures(store, statement));
  });

  router.get('/statements/:id/tally', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.readTally');
    const { statement } = access;
    const [organisations, active, users] = await Promise.all([store.organisations.list(), store.signatures.active(statement.id), store.users.list()]);
    const nameOf = new Map(users.map((user) => [user.id, user.name]));
    const rows: TallyRowView[] = organisations
      .filter((organisation) => organisation.category === 'member' || statement.whoMaySign === 'membersAndSupporters')
      .map((organisation) => {
        const mine = active.filter((signature) => signature.orgId === organisation.id);
        const current = mine.find((signature) => signature.versionNumber === statement.finalVersion);
        const earlier = mine.filter((signature) => signature.versionNumber !== statement.finalVersion).at(-1);
        const shown = current ?? earlier;
        return {
          org: organisationOf(organisation),
          status: current ? 'signed' : earlier ? 'pending-reconfirmation' : 'undecided',
          signedBy: shown ? (nameOf.get(shown.signedBy) ?? null) : null,
          signedAt: shown?.signedAt ?? null,
          signedVersion: current ? null : (earlier?.versionNumber ?? null),
        };
      });
    response.json(rows);
  });

  router.post('/statements/:id/publish', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.publish');
    const { statement } = access;
    const at = new Date().toISOString();
    if (!(await store.statements.moveStage(statement.id, 'sign-on', 'published', at))) {
      throw new HttpError('conflict', 'Only a statement in sign-on can be published');
    }
    await store.publications.publish({ statementId: statement.id, versionNumber: statement.finalVersion!, publishedBy: actor.user.id, publishedAt: at, withdrawnAt: null });
    await audit.record(actor, 'statement.published', { type: 'statement', id: statement.id }, { version: statement.finalVersion });
    response.json({ stage: 'published', url: `${publicOrigin(request, env.PUBLIC_URL)}/p/${statement.slug}` });
  });

  router.post('/statements/:id/withdraw', async (request, response) => {
    const actor = requireActor(request);
    const access = await findStatementFor(store, actor, request.params.id);
    permit(access, 'statement.withdraw');
    const at = new Date().toISOString();
    if (!(await store.statements.moveStage(access.statement.id, 'published', 'withdrawn', at))) {
      throw new HttpError('conflict', 'Only a published statement can be withdrawn');
    }
    await store.publications.markWithdrawn(access.statement.id, at);
    await audit.record(actor, 'statement.stageChanged', { type: 'statement', id: access.statement.id }, { from: 'published', to: 'withdrawn' });
    response.json({ stage: 'withdrawn' });
  });

  return router;
}
