import * as decoding from 'lib0/decoding';
import { MessageType } from '../../shared/collab/protocol.ts';
import { savedMessage } from '../../shared/collab/savedMessage.ts';
import type { RawCollabSocket } from './rawCollabSocket.ts';

/** Every saved answer a raw socket received, in order, read with the shared decoder. */
export function savedAnswers(raw: RawCollabSocket): { query: number; accepted: number }[] {
  return raw.framesOfType(MessageType.saved).map((bytes) => {
    const decoder = decoding.createDecoder(bytes);
    decoding.readVarUint(decoder);
    const { queryNumber, accepted } = savedMessage.decodeAnswer(decoder);
    return { query: queryNumber, accepted: accepted ? 1 : 0 };
  });
}
