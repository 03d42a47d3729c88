import { describe, expect, it } from 'vitest';
import { SavedTracker, type SaveState } from './SavedTracker.ts';

function tracker() {
  const queries: number[] = [];
  const states: SaveState[] = [];
  const saved = new SavedTracker(
    (query) => queries.push(query),
    (state) => states.push(state),
  );
  return { saved, queries, states };
}

describe('SavedTracker', () => {
  it('is not saved before the server has answered once', () => {
    const { saved } = tracker();
    expect(saved.state).toBe('unsaved');
  });

  it('asks after a sync and is saved once the answer arrives', () => {
    const { saved, queries } = tracker();
    saved.handleSynced();
    expect(queries).toEqual([1]);
    expect(saved.state).toBe('saving');
    saved.handleAnswer(1, true);
    expect(saved.state).toBe('saved');
  });

  it('is not saved when a change happened after the query that was answered', () => {
    const { saved, queries } = tracker();
    saved.handleSynced();
    saved.handleLocalChange();
    // The change came after query 1 was sent: answering 1 does not cover it.
    saved.handleAnswer(1, true);
    expect(saved.state).toBe('saving');
    expect(queries).toEqual([1, 2]);
    saved.handleAnswer(2, true);
    expect(saved.state).toBe('saved');
  });

  it('keeps offline changes unsaved until a sync and its answer', () => {
    const { saved, queries } = tracker();
    saved.handleSynced();
    saved.handleAnswer(1, true);
    saved.handleDisconnected();
    saved.handleLocalChange();
    expect(queries).toEqual([1]);
    expect(saved.state).toBe('unsaved');
    saved.handleSynced();
    saved.handleAnswer(2, true);
    expect(saved.state).toBe('saved');
  });

  it('ignores an answer that arrives for a query of a closed connection', () => {
    const { saved } = tracker();
    saved.handleSynced();
    saved.handleLocalChange();
    saved.handleDisconnected();
    saved.handleAnswer(1, true);
    expect(saved.state).toBe('unsaved');
  });

  it('never claims saved when the server dropped the changes as read-only', () => {
    const { saved } = tracker();
    saved.handleSynced();
    saved.handleLocalChange();
    saved.handleAnswer(1, false);
    expect(saved.readOnly).toBe(true);
    expect(saved.state).toBe('unsaved');
  });
});
