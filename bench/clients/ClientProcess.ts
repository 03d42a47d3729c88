import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { WorkerCommand, WorkerReply } from './protocol.ts';

/** A client process (clientWorker.ts) and a typed request/answer channel to it. */
export class ClientProcess {
  private readonly child: ChildProcess;

  constructor() {
    this.child = fork(path.join(import.meta.dirname, 'clientWorker.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }

  request<Type extends WorkerReply['type']>(command: WorkerCommand, expect: Type, timeoutMs = 120_000): Promise<Extract<WorkerReply, { type: Type }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`client process: no ${expect} within ${timeoutMs} ms`)), timeoutMs);
      const handleMessage = (message: WorkerReply) => {
        if (message.type !== expect) return;
        clearTimeout(timer);
        this.child.off('message', handleMessage);
        resolve(message as Extract<WorkerReply, { type: Type }>);
      };
      this.child.on('message', handleMessage);
      this.child.send(command);
    });
  }

  async close(): Promise<void> {
    await this.request({ type: 'close' }, 'closed').catch(() => undefined);
    this.child.kill();
  }
}
