import type { SaveState } from './SavedTracker.ts';

/**
 * The save state, which changes twice per keystroke. It lives outside React state on purpose: every
 * React commit measures the selection inside the focused editor by walking its DOM, which costs
 * milliseconds in a long statement; the status pill subscribes and updates itself instead.
 */
export class SaveSignal {
  private value: SaveState = 'unsaved';
  private readonly listeners = new Set<() => void>();

  get current(): SaveState {
    return this.value;
  }

  set(value: SaveState): void {
    if (value === this.value) return;
    this.value = value;
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
