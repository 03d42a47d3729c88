import type { PublicationRecord, SignatureRecord, StatementRecord, VersionRecord } from '../store/records.ts';
import type { Store } from '../store/Store.ts';

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
  /** Signed as members, then listed as supporters; withdrawals kept with their date. */
  signatories: PublicSignatory[];
  supporters: PublicSignatory[];
  withdrawals: PublicSignatory[];
  /** Every published version of the statement, newest first (permanent links). */
  versions: PublicationRecord[];
  /** For a fork: the organisation that published it under its own name. */
  publisher: { name: string; country: string } | null;
}

/** Loads a statement's publication (the newest, or a given version), or null when there is none. */
export async function findPublication(store: Store, slug: string, versionNumber?: number): Promise<Publication | null> {
  const statement = await store.statements.findBySlug(slug);
  if (statement === null) return null;
  const versions = await store.publications.list(statement.id);
  const publication = versionNumber === undefined ? versions[0] : versions.find((candidate) => candidate.versionNumber === versionNumber);
  if (!publication) return null;
  const version = await store.versions.find(statement.id, publication.versionNumber);
  if (version === null) return null;
  const signatures = (await store.signatures.all(statement.id)).filter((signature) => signature.versionNumber === version.number && signature.hash === version.hash);
  const signatories: PublicSignatory[] = [];
  const supporters: PublicSignatory[] = [];
  const withdrawals: PublicSignatory[] = [];
  for (const signature of signatures) {
    const organisation = await store.organisations.findById(signature.orgId);
    if (organisation === null) continue;
    const entry = publicSignatory(organisation, signature);
    if (signature.withdrawnAt !== null) withdrawals.push(entry);
    else if (signature.asCategory === 'supporter') supporters.push(entry);
    else signatories.push(entry);
  }
  const byName = (a: PublicSignatory, b: PublicSignatory) => a.name.localeCompare(b.name);
  const owner = statement.ownerOrgId ? await store.organisations.findById(statement.ownerOrgId) : null;
  const publisher = owner ? { name: owner.name, country: owner.country } : null;
  return { statement, publication, version, signatories: signatories.sort(byName), supporters: supporters.sort(byName), withdrawals, versions, publisher };
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
