import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { ContactView, OrganisationDetailView, OrganisationKind } from '../../shared/api/types.ts';
import { createOrganisationInput, updateOrganisationInput } from '../../shared/schemas/organisations.ts';
import type { AppContext } from '../AppContext.ts';
import { auditEntry } from '../audit/AuditLog.ts';
import { requireActor } from '../auth/requireActor.ts';
import { HttpError } from '../http/HttpError.ts';
import { groupBy } from '../http/groupBy.ts';
import { paginate } from '../http/paginate.ts';
import { parseInput } from '../http/parseInput.ts';
import { can } from '../../shared/permissions/permissions.ts';
import { authorise } from '../permissions/authorise.ts';
import { rolesFor } from '../permissions/rolesFor.ts';
import type { OrganisationRecord, PurposeAgreementRecord, UserRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';

export function contactView(user: UserRecord): ContactView {
  return { id: user.id, email: user.email, name: user.name, role: user.role === 'signatory' ? 'signatory' : 'contact', createdAt: user.createdAt };
}

function organisationView(organisation: OrganisationRecord, contacts: UserRecord[], agreement: PurposeAgreementRecord | undefined): OrganisationDetailView {
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind as OrganisationKind,
    category: organisation.category,
    country: organisation.country,
    createdAt: organisation.createdAt,
    contactCount: contacts.length,
    signatoryCount: contacts.filter((contact) => contact.role === 'signatory').length,
    purpose: agreement ? { version: agreement.version, agreedBy: agreement.agreedBy, agreedAt: agreement.agreedAt } : null,
  };
}

/** An organisation that exists and has not been removed, or a 404. */
export async function findOrganisation(store: Store, id: string): Promise<OrganisationRecord> {
  const organisation = await store.organisations.findById(id);
  if (organisation === null || organisation.removedAt !== null) throw new HttpError('not_found', 'No such organisation');
  return organisation;
}

export function createOrganisationsRouter({ store, collab }: AppContext): Router {
  const router = Router();

  router.post('/orgs', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'organisation.manage');
    const input = parseInput(createOrganisationInput, request.body);
    const id = randomUUID();
    await store.organisations.create(
      { id, ...input, createdAt: new Date().toISOString(), removedAt: null },
      auditEntry(actor, 'organisation.created', { type: 'organisation', id }, input),
    );
    response.status(201).json({ id });
  });

  router.get('/orgs', async (request, response) => {
    authorise(rolesFor(request.actor), 'organisation.manage');
    const [organisations, users, agreements] = await Promise.all([store.organisations.list(), store.users.list(), store.purpose.latestAgreements()]);
    const agreementOf = new Map(agreements.map((agreement) => [agreement.orgId, agreement]));
    const contactsOf = groupBy(users, (user) => user.orgId);
    response.json(
      paginate(request, response, organisations).map((organisation) =>
        organisationView(organisation, contactsOf.get(organisation.id) ?? [], agreementOf.get(organisation.id)),
      ),
    );
  });

  // The secretariat sees any organisation; a contact sees their own, with their colleagues.
  router.get('/orgs/:id', async (request, response) => {
    const actor = requireActor(request);
    const roles = rolesFor(actor);
    const ownOrganisation = actor.organisation?.id === request.params.id;
    if (!(can(roles, 'organisation.manage') || (ownOrganisation && can(roles, 'organisation.readOwn')))) {
      throw new HttpError('forbidden', 'You can see only your own organisation');
    }
    const organisation = await findOrganisation(store, request.params.id);
    const [contacts, agreements] = await Promise.all([store.users.listByOrganisation(organisation.id), store.purpose.latestAgreements()]);
    response.json({
      ...organisationView(
        organisation,
        contacts,
        agreements.find((agreement) => agreement.orgId === organisation.id),
      ),
      contacts: contacts.map(contactView),
    });
  });

  router.patch('/orgs/:id', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'organisation.manage');
    const organisation = await findOrganisation(store, request.params.id);
    const changes = parseInput(updateOrganisationInput, request.body);
    await store.organisations.update(
      organisation.id,
      changes,
      auditEntry(actor, 'organisation.updated', { type: 'organisation', id: organisation.id }, { changes }),
    );
    response.status(204).end();
  });

  router.delete('/orgs/:id', async (request, response) => {
    const actor = requireActor(request);
    authorise(rolesFor(actor), 'organisation.manage');
    const organisation = await findOrganisation(store, request.params.id);
    const removedContacts = await store.organisations.remove(organisation.id, actor.user.id, new Date().toISOString(), (contactsRemoved) =>
      auditEntry(actor, 'organisation.removed', { type: 'organisation', id: organisation.id }, { name: organisation.name, contactsRemoved }),
    );
    for (const userId of removedContacts) await collab.closeUser(userId);
    response.status(204).end();
  });

  return router;
}
