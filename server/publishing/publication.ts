import { forkPublicationLabel } from '../../shared/publishing/forkPublicationLabel.ts';
import { forkPublicPath } from '../../shared/publishing/forkPublicPath.ts';
import type { PublicationRecord, SignatureRecord, StatementRecord, VersionRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';
import { adaptedFrom } from './adaptedFrom.ts';

export interface PublicSignatory {
  name: string;
  country: string;
  category: 'member' | 'supporter';
  signedAt: string;
  withdrawnAt: string | null;
}

/** A published version of a statement with exactly the signatures of its hash. */
export interface Publication {
  statement: StatementRecord;
  publication: PublicationRecord;
  version: VersionRecord;
  /** The published version's own title (never the live statement's: it is bound by the hash). */
  title: string;
  /** Where it is on the public site: /p/<slug>, or /p/orgs/<org>/<slug> for a fork. */
  path: string;
  /** Signed as members, then listed as supporters; withdrawals kept with their date. */
  signatories: PublicSignatory[];
  supporters: PublicSignatory[];
  withdrawals: PublicSignatory[];
  /** Every published version of the statement, newest first (permanent links). */
  versions: PublicationRecord[];
  /** For a fork: the organisation that published it under its own name, and what every output says about it. */
  publisher: { name: string; country: string; slug: string; label: string } | null;
}

/** Loads a statement's publication (the newest, or a given version), or null when there is none. */
export async function findPublication(store: Store, statement: StatementRecord, versionNumber?: number): Promise<Publication | null> {
  const versions = await store.publications.list(statement.id);
  const publication = versionNumber === undefined ? versions[0] : versions.find((candidate) => candidate.versionNumber === versionNumber);
  if (!publication) return null;
  const version = await store.versions.find(statement.id, publication.versionNumber);
  if (version === null) return null;
  const signatures = (await store.signatures.all(statement.id)).filter(
    (signature) => signature.versionNumber === version.number && signature.hash === version.hash,
  );
  const signatories: PublicSignatory[] = [];
  const supporters: PublicSignatory[] = [];
  const withdrawals: PublicSignatory[] = [];
  // An organisation that withdrew and then signed again is a signatory, not a withdrawal; one that
  // withdrew twice is listed once, with its latest withdrawal.
  const signedNow = new Set(signatures.filter((signature) => signature.withdrawnAt === null).map((signature) => signature.orgId));
  const latestWithdrawal = new Map<string, SignatureRecord>();
  for (const signature of signatures) {
    if (signature.withdrawnAt === null || signedNow.has(signature.orgId)) continue;
    const known = latestWithdrawal.get(signature.orgId);
    if (known === undefined || known.withdrawnAt! < signature.withdrawnAt) latestWithdrawal.set(signature.orgId, signature);
  }
  for (const signature of [...signatures.filter((candidate) => candidate.withdrawnAt === null), ...latestWithdrawal.values()]) {
    const organisation = await store.organisations.findById(signature.orgId);
    if (organisation === null) continue;
    const entry = publicSignatory(organisation, signature);
    if (signature.withdrawnAt !== null) withdrawals.push(entry);
    else if (signature.asCategory === 'supporter') supporters.push(entry);
    else signatories.push(entry);
  }
  const byName = (a: PublicSignatory, b: PublicSignatory) => a.name.localeCompare(b.name);
  const owner = statement.ownerOrgId ? await store.organisations.findById(statement.ownerOrgId) : null;
  if (statement.ownerOrgId !== null && owner === null) return null;
  const publisher = owner
    ? { name: owner.name, country: owner.country, slug: owner.slug, label: forkPublicationLabel(owner.name, await adaptedFrom(store, statement)) }
    : null;
  return {
    statement,
    publication,
    version,
    // Versions frozen before titles were have none, and their statement can no longer be renamed.
    title: version.title ?? statement.title,
    path: owner ? forkPublicPath(owner.slug, statement.slug) : `/p/${encodeURIComponent(statement.slug)}`,
    signatories: signatories.sort(byName),
    supporters: supporters.sort(byName),
    withdrawals,
    versions,
    publisher,
  };
}

function publicSignatory(organisation: { name: string; country: string }, signature: SignatureRecord): PublicSignatory {
  return {
    name: organisation.name,
    country: organisation.country,
    category: signature.asCategory,
    signedAt: signature.signedAt,
    withdrawnAt: signature.withdrawnAt,
  };
}
