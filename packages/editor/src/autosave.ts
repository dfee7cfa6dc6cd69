/**
 * The draft policy, and the versions the user saves, kept in the browser's localStorage. Only policy
 * text is stored: case data is never written anywhere.
 */
import type { PolicyLanguage } from './content.js';

export interface StoredPolicy {
  text: string;
  language: PolicyLanguage;
  /** Which template or file it started from, shown beside the editor's heading. */
  name: string;
}

export interface SavedVersion extends StoredPolicy {
  label: string;
}

const DRAFT_KEY = 'wt-editor/draft/v1';
const VERSIONS_KEY = 'wt-editor/versions/v1';
const MAX_VERSIONS = 20;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function isStoredPolicy(value: unknown): value is StoredPolicy {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['text'] === 'string' && (record['language'] === 'wt' || record['language'] === 'yaml') && typeof record['name'] === 'string';
}

function read(key: string): unknown {
  try {
    const raw = storage()?.getItem(key);
    return raw === null || raw === undefined ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Writes; false when the browser refuses (private mode, storage full). */
function write(key: string, value: unknown): boolean {
  try {
    storage()?.setItem(key, JSON.stringify(value));
    return storage() !== undefined;
  } catch {
    return false;
  }
}

export function loadDraft(): StoredPolicy | undefined {
  const value = read(DRAFT_KEY);
  return isStoredPolicy(value) ? { text: value.text, language: value.language, name: value.name } : undefined;
}

export function saveDraft(draft: StoredPolicy): boolean {
  return write(DRAFT_KEY, { text: draft.text, language: draft.language, name: draft.name });
}

export function loadVersions(): SavedVersion[] {
  const value = read(VERSIONS_KEY);
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is SavedVersion => isStoredPolicy(item) && typeof (item as { label?: unknown }).label === 'string');
}

export function saveVersion(draft: StoredPolicy): SavedVersion[] {
  const versions = loadVersions();
  const label = `Saved version ${versions.length + 1} (${draft.name})`;
  const next = [...versions, { label, text: draft.text, language: draft.language, name: draft.name }].slice(-MAX_VERSIONS);
  write(VERSIONS_KEY, next);
  return next;
}

/** A debounced saver: the latest draft is written once typing pauses. */
export function createAutosaver(delayMs: number, onSaved: (ok: boolean) => void): (draft: StoredPolicy) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (draft) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => onSaved(saveDraft(draft)), delayMs);
  };
}
