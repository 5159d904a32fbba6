import { randomBytes } from 'node:crypto'

// Phoenix.Presence's data model, in one process: each channel (owner) tracks at most one entry per key and topic;
// the state groups entries by key as `{key: {metas: [{...payload, phx_ref}]}}` and changes travel as
// `{joins, leaves}` diffs of the same shape. Re-tracking a key replaces the entry: a join with `phx_ref_prev` and
// a leave of the old one, as Phoenix.Presence.update does.

export type PresenceMeta = Record<string, unknown> & { phx_ref: string; phx_ref_prev?: string }
export type PresenceState = Record<string, { metas: PresenceMeta[] }>
export interface PresenceDiff {
  joins: PresenceState
  leaves: PresenceState
}

export class PresenceRegistry {
  /** topic → key → owner → meta; Maps keep insertion order, so metas list in the order they joined. */
  private readonly topics = new Map<string, Map<string, Map<number, PresenceMeta>>>()

  track(topic: string, owner: number, key: string, payload: Record<string, unknown>): PresenceDiff {
    const keys = this.topics.get(topic) ?? new Map<string, Map<number, PresenceMeta>>()
    this.topics.set(topic, keys)
    const owners = keys.get(key) ?? new Map<number, PresenceMeta>()
    keys.set(key, owners)
    const previous = owners.get(owner)
    const meta: PresenceMeta = { ...payload, phx_ref: newRef() }
    if (previous) meta.phx_ref_prev = previous.phx_ref
    owners.delete(owner)
    owners.set(owner, meta)
    return {
      joins: { [key]: { metas: [meta] } },
      leaves: previous ? { [key]: { metas: [previous] } } : {},
    }
  }

  /** Removes the owner's entries on the topic (one key, or all of them); undefined when there were none. */
  untrack(topic: string, owner: number, key?: string): PresenceDiff | undefined {
    const keys = this.topics.get(topic)
    if (!keys) return undefined
    const leaves: PresenceState = {}
    for (const [k, owners] of keys) {
      if (key !== undefined && k !== key) continue
      const meta = owners.get(owner)
      if (!meta) continue
      owners.delete(owner)
      if (owners.size === 0) keys.delete(k)
      leaves[k] = { metas: [meta] }
    }
    if (keys.size === 0) this.topics.delete(topic)
    return Object.keys(leaves).length === 0 ? undefined : { joins: {}, leaves }
  }

  state(topic: string): PresenceState {
    const state: PresenceState = {}
    for (const [key, owners] of this.topics.get(topic) ?? []) state[key] = { metas: [...owners.values()] }
    return state
  }

  /** The payload this owner last tracked under the key, to skip a track that changes nothing. */
  tracked(topic: string, owner: number, key: string): PresenceMeta | undefined {
    return this.topics.get(topic)?.get(key)?.get(owner)
  }

  topicCount(): number {
    return this.topics.size
  }
}

/** Phoenix's refs are 8 random bytes in base64. */
function newRef(): string {
  return randomBytes(8).toString('base64')
}
