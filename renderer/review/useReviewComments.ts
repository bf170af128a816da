import { useEffect, useSyncExternalStore } from 'react';
import type { ReviewComment } from '../../shared/model/review-round';
import { api } from '../api/client';

/**
 * The reviewers' comments of one meeting, read once and shared by every
 * agenda item's section (thirty items must not ask thirty times), kept in
 * step with each add, tick and removal.
 */

interface Store {
  comments: ReviewComment[] | null;
  error: string | null;
  loading: boolean;
  listeners: Set<() => void>;
}

const stores = new Map<number, Store>();

function storeOf(meetingId: number): Store {
  let store = stores.get(meetingId);
  if (!store) {
    store = { comments: null, error: null, loading: false, listeners: new Set() };
    stores.set(meetingId, store);
  }
  return store;
}

function publish(meetingId: number, change: Partial<Pick<Store, 'comments' | 'error'>>): void {
  const store = storeOf(meetingId);
  Object.assign(store, change);
  // A new object each time: useSyncExternalStore compares snapshots by identity.
  stores.set(meetingId, { ...store });
  for (const listener of store.listeners) listener();
}

async function load(meetingId: number): Promise<void> {
  const store = storeOf(meetingId);
  if (store.loading) return;
  store.loading = true;
  const r = await api['review:comments']({ meetingId });
  storeOf(meetingId).loading = false;
  if (r.ok) publish(meetingId, { comments: r.value, error: null });
  else publish(meetingId, { error: r.error.message });
}

export interface ReviewCommentsApi {
  comments: ReviewComment[] | null;
  loadError: string | null;
  /** Each returns the Swedish message when refused, else null. */
  add(itemId: number | null, author: string, text: string): Promise<string | null>;
  setDone(commentId: number, done: boolean): Promise<string | null>;
  remove(commentId: number): Promise<string | null>;
}

export function useReviewComments(meetingId: number, active: boolean): ReviewCommentsApi {
  const snapshot = useSyncExternalStore(
    (listener) => {
      const store = storeOf(meetingId);
      store.listeners.add(listener);
      return () => storeOf(meetingId).listeners.delete(listener);
    },
    () => storeOf(meetingId),
  );
  useEffect(() => {
    // Read anew each time the meeting is shown: another window may have noted comments since.
    if (active) void load(meetingId);
  }, [meetingId, active]);

  const replace = (comment: ReviewComment) =>
    publish(meetingId, { comments: (storeOf(meetingId).comments ?? []).map((c) => (c.id === comment.id ? comment : c)) });

  return {
    comments: snapshot.comments,
    loadError: snapshot.error,
    async add(itemId, author, text) {
      const r = await api['review:addComment']({ meetingId, itemId, author, text });
      if (!r.ok) return r.error.message;
      publish(meetingId, { comments: [...(storeOf(meetingId).comments ?? []), r.value] });
      return null;
    },
    async setDone(commentId, done) {
      const r = await api['review:setCommentDone']({ meetingId, commentId, done });
      if (!r.ok) return r.error.message;
      replace(r.value);
      return null;
    },
    async remove(commentId) {
      const r = await api['review:removeComment']({ meetingId, commentId });
      if (!r.ok) return r.error.message;
      publish(meetingId, { comments: (storeOf(meetingId).comments ?? []).filter((c) => c.id !== commentId) });
      return null;
    },
  };
}
