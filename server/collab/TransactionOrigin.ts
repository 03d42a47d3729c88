/** Why a document changed: passed as the Yjs transaction origin, never as a magic string. */
export type TransactionOrigin = { source: 'connection'; userId: string; connectionId: number } | { source: 'system'; reason: 'load' | 'create' | 'remote' };
