// The suggestions waiting in this browser (localStorage), shared by every component that shows
// or changes them and kept in step across tabs. Where storage is refused (a private window with
// storage off) they live in memory for the visit.
import { useSyncExternalStore } from 'react';
import type { Correction } from '../../dataset/corrections.ts';
import {
  readSuggestions,
  SUGGESTIONS_KEY,
  withSuggestion,
  writeSuggestions,
} from './suggestions.ts';

const listeners = new Set<() => void>();
let memory: string | null = null;
let snapshot: { text: string | null; list: Correction[] } = { text: null, list: [] };

function readText(): string | null {
  try {
    return window.localStorage.getItem(SUGGESTIONS_KEY);
  } catch {
    return memory;
  }
}

function getSnapshot(): Correction[] {
  const text = readText();
  if (text !== snapshot.text) snapshot = { text, list: readSuggestions(text) };
  return snapshot.list;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === SUGGESTIONS_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function setSuggestions(list: readonly Correction[]): void {
  const text = list.length === 0 ? null : writeSuggestions(list);
  try {
    if (text === null) window.localStorage.removeItem(SUGGESTIONS_KEY);
    else window.localStorage.setItem(SUGGESTIONS_KEY, text);
  } catch {
    memory = text;
  }
  for (const listener of listeners) listener();
}

export function saveSuggestion(entry: Correction): void {
  setSuggestions(withSuggestion(getSnapshot(), entry));
}

export function useSuggestions(): Correction[] {
  return useSyncExternalStore(subscribe, getSnapshot, () => []);
}
