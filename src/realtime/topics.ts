// Every topic is a private channel. The server authorizes `workspace:<id>` and `workspace:<id>:<room>` for the
// workspace's members and `user:<id>` for that user alone (see the realtime authorization migrations).

/** Presence (who is here, where, editing what) and drag ghosts of a workspace. */
export const workspaceTopic = (workspaceId: string) => `workspace:${workspaceId}`

/** Inserts, updates and deletes of the workspace's module rows, broadcast by a database trigger. */
export const rowsTopic = (workspaceId: string) => `workspace:${workspaceId}:rows`

/** Comments and reactions anywhere in the workspace, broadcast by a database trigger. */
export const commentsTopic = (workspaceId: string) => `workspace:${workspaceId}:comments`

/** New activity rows of the workspace, sent by a database trigger. */
export const activityTopic = (workspaceId: string) => `workspace:${workspaceId}:activity`

/** The user's own notifications, sent by a database trigger. */
export const userTopic = (userId: string) => `user:${userId}`

/** An event's show runtime, sent by the database on every change (members receive; nobody sends). */
export const showTopic = (workspaceId: string, eventId: string) => `workspace:${workspaceId}:show:${eventId}`

/** Who follows an event's show, and their standby acknowledgements (members send and receive). */
export const showCrewTopic = (workspaceId: string, eventId: string) => `${showTopic(workspaceId, eventId)}:crew`
