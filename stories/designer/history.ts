// Undo and redo across every kind of change: each change keeps the definition before it.
// Keystrokes in one box merge into one step, so Ctrl+Z undoes a typed label, not a letter.
import type { Definition } from './operations.js';

export interface Snapshot {
  definition: Definition;
  selected: string;
}

const LIMIT = 200;

export class History {
  private undos: Snapshot[] = [];
  private redos: Snapshot[] = [];
  /** What the last change typed into, while typing continues there. */
  private typingIn?: string;

  /** Records the state before a change. A change typed into the same box as the last one merges with it. */
  record(before: Snapshot, typingIn?: string): void {
    if (typingIn !== undefined && typingIn === this.typingIn) return;
    this.typingIn = typingIn;
    this.undos.push(before);
    if (this.undos.length > LIMIT) this.undos.shift();
    this.redos = [];
  }

  /** Ends the merging of keystrokes (focus moved, a button was pressed). */
  seal(): void {
    this.typingIn = undefined;
  }

  undo(current: Snapshot): Snapshot | undefined {
    const previous = this.undos.pop();
    if (previous) this.redos.push(current);
    this.typingIn = undefined;
    return previous;
  }

  redo(current: Snapshot): Snapshot | undefined {
    const next = this.redos.pop();
    if (next) this.undos.push(current);
    this.typingIn = undefined;
    return next;
  }

  get canUndo(): boolean {
    return this.undos.length > 0;
  }

  get canRedo(): boolean {
    return this.redos.length > 0;
  }

  clear(): void {
    this.undos = [];
    this.redos = [];
    this.typingIn = undefined;
  }
}
