import type { ServerTarget } from '../servers/benchServers.ts';

/** Orchestrator ↔ client-process messages (bench/clients/clientWorker.ts). */
export type WorkerCommand =
  /** `firstProcess`: the first client's process in a cluster (the next goes to the next one); `presence`: names and carets on, or off. */
  | { type: 'open'; target: ServerTarget; rooms: string[]; firstProcess?: number; presence?: boolean }
  /** Every client moves its caret now and then (about every `everyMs`), until closed. */
  | { type: 'wander'; everyMs: number }
  | { type: 'record' }
  | { type: 'type'; charactersPerSecond: number; count: number }
  | { type: 'burst'; edits: number }
  | { type: 'fill'; paragraphs: number; charactersPerParagraph: number; editsPerClient: number; clientIndex: number; clientCount: number }
  | { type: 'waitForLength'; length: number; timeoutMs: number }
  | { type: 'fillText'; characters: number }
  | { type: 'waitForAllLengths'; length: number; timeoutMs: number }
  | { type: 'storm'; target: ServerTarget; room: string; clients: number; durationMs: number }
  | { type: 'report' }
  | { type: 'close' };

export type WorkerReply =
  | { type: 'opened'; syncMs: number[]; integrateMs: number[]; contents: number[] }
  | { type: 'recording' }
  | { type: 'wandering' }
  | { type: 'typed'; sendTimes: number[] }
  | { type: 'bursted'; startedAt: number; endedAt: number }
  | { type: 'filled' }
  | { type: 'reached'; at: number; length: number }
  | { type: 'stormed'; rounds: number; syncMs: number[] }
  | { type: 'report'; receipts: number[][]; lengths: number[] }
  | { type: 'closed' };
