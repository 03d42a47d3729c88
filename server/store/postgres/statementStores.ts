import type { Store } from '../Store.ts';
import type { PgDatabase } from './PgDatabase.ts';
import { PgDocumentStore } from './PgDocumentStore.ts';
import { PgPublicationStore } from './PgPublicationStore.ts';
import { PgPublicSiteStore } from './PgPublicSiteStore.ts';
import { PgSearchStore } from './PgSearchStore.ts';
import { PgSignatureStore } from './PgSignatureStore.ts';
import { PgStatementStore } from './PgStatementStore.ts';
import { PgThreadStore } from './PgThreadStore.ts';
import { PgVersionStore } from './PgVersionStore.ts';
import { PgWordImportStore } from './PgWordImportStore.ts';

/** The statement group of the PostgreSQL store: statements and everything drafted, imported, signed, published and searched in them. */
export function statementStores(
  db: PgDatabase,
): Pick<Store, 'statements' | 'threads' | 'versions' | 'wordImports' | 'signatures' | 'publications' | 'documents' | 'publicSite' | 'search'> {
  return {
    statements: new PgStatementStore(db),
    threads: new PgThreadStore(db),
    versions: new PgVersionStore(db),
    wordImports: new PgWordImportStore(db),
    signatures: new PgSignatureStore(db),
    publications: new PgPublicationStore(db),
    documents: new PgDocumentStore(db),
    publicSite: new PgPublicSiteStore(db),
    search: new PgSearchStore(db),
  };
}
