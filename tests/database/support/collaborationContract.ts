import { describe, expect, it } from 'vitest'
import { rowPrefixes, seedRowId, users, workspaces } from './seedIds.ts'
import { as } from './asActor.ts'
import { actAs, errorOf, rolledBack, rows, type Actor, type SqlSession } from './sqlSession.ts'

const main = workspaces.mainStage
const arena = workspaces.arena
// Seed facts these checks lean on: tasks 1, 2 and 7 were created by alice; task 1 has no assignee, task 2 is carol's
// (to do), task 7 bob's; carol mutes 'comment' notifications. Comment 1 is alice's thread on task 1, comment 2 bob's reply.
const task1 = seedRowId(rowPrefixes.project_tasks, 1)
const task2 = seedRowId(rowPrefixes.project_tasks, 2)
const task7 = seedRowId(rowPrefixes.project_tasks, 7)
const arenaTask = seedRowId(rowPrefixes.project_tasks, 901)
const thread = seedRowId(rowPrefixes.comments, 1)
const reply = seedRowId(rowPrefixes.comments, 2)
const mention = (who: keyof typeof users, name: string = who) => `@[${name}](${users[who]})`

/** What this transaction's triggers wrote (now() is the transaction's start, so older rows never match), unordered. */
const newActivities = (db: SqlSession, entityId: string) =>
  rows(db, `select action, user_id, changes, metadata from public.activities where entity_id = $1 and created_at = now() order by action`, [entityId])
const newNotifications = (db: SqlSession) =>
  rows(db, `select user_id, type, title, message, entity_type, entity_id, actor_id from public.notifications where created_at = now() order by user_id, type`)
const newMessages = (db: SqlSession, topicPattern: string) =>
  rows(db, `select topic, event, payload from realtime.messages where topic like $1 and inserted_at = now()::timestamp`, [topicPattern])

/**
 * Activities, notifications and realtime broadcasts written by the database's own triggers, the realtime topic
 * policies, reactions and the comment RPCs. Shared by the PGlite and PostgreSQL 15 suites; every check rolls back.
 */
export function describeCollaborationContract(getDb: () => SqlSession): void {
  describe('activities', () => {
    it('when bob edits a task, one updated activity names him and holds the field diff, custom fields included, without bookkeeping or position', async () => {
      await rolledBack(getDb(), async (db) => {
        await as(db, 'bob', `update public.project_tasks set title = 'Draft the sound check plan', position = 'zz',
                              custom_fields = custom_fields || '{"department": "lighting"}' where id = $1`, [task7])
        expect(await newActivities(db, task7)).toEqual([
          {
            action: 'updated',
            user_id: users.bob,
            changes: {
              title: { old: 'Draft sound check plan', new: 'Draft the sound check plan' },
              'custom_fields.department': { old: 'sound', new: 'lighting' },
            },
            metadata: { title: 'Draft the sound check plan' },
          },
        ])
      })
    })

    it('records nothing for a reorder alone, which still goes out on the rows topic', async () => {
      await rolledBack(getDb(), async (db) => {
        await as(db, 'bob', `update public.project_tasks set position = 'zz' where id = $1`, [task7])
        expect(await newActivities(db, task7)).toEqual([])
        const [message] = await newMessages(db, `workspace:${main}:rows`)
        expect(message).toMatchObject({ event: 'UPDATE', payload: { operation: 'UPDATE', table: 'project_tasks', schema: 'public' } })
        expect(message!.payload.record).toMatchObject({ id: task7, position: 'zz', workspace_id: main })
        expect(message!.payload.old_record).toMatchObject({ id: task7 })
      })
    })

    it('records a soft delete as deleted, clearing it as restored, and a hard delete as deleted with the title it had', async () => {
      const steps = [
        [`update public.project_tasks set deleted_at = now() where id = $1`, 'deleted'],
        [`update public.project_tasks set deleted_at = null where id = $1`, 'restored'],
        [`delete from public.project_tasks where id = $1`, 'deleted'],
      ] as const
      for (const [sql, action] of steps) {
        await rolledBack(getDb(), async (db) => {
          if (action === 'restored') await db.query(`update public.project_tasks set deleted_at = now() - interval '1 hour' where id = $1`, [task7])
          await as(db, 'bob', sql, [task7])
          const activities = await newActivities(db, task7)
          expect(activities.filter((a) => a.action === action && a.user_id === users.bob), sql).toHaveLength(1)
          expect(activities.find((a) => a.action === action)!.metadata).toEqual({ title: 'Draft sound check plan' })
        })
      }
    })

    it('records a change of assignee as assigned (assignee_id only) and an updated activity for the rest', async () => {
      await rolledBack(getDb(), async (db) => {
        await as(db, 'alice', `update public.project_tasks set assignee_id = $2, priority = 'urgent' where id = $1`, [task7, users.carol])
        const activities = await newActivities(db, task7)
        expect(activities.map((a) => [a.action, a.changes])).toEqual([
          ['assigned', { assignee_id: { old: users.bob, new: users.carol } }],
          ['updated', { priority: { old: expect.any(String), new: 'urgent' } }],
        ])
      })
    })

    it('records nothing per row when a custom field is deleted and its values are cleaned out', async () => {
      await rolledBack(getDb(), async (db) => {
        const cleaned = await as(db, 'bob', `delete from public.custom_fields where workspace_id = $1 and module = 'project_tasks' and name = 'department' returning id`, [main])
        expect(cleaned).toHaveLength(1)
        const [stats] = await rows(db, `select (select count(*)::int from public.project_tasks where workspace_id = $1 and custom_fields ? 'department') as left_over,
                                              (select count(*)::int from public.activities where created_at = now()) as activities`, [main])
        expect(stats).toEqual({ left_over: 0, activities: 0 })
        expect((await newMessages(db, `workspace:${main}:rows`)).length).toBe(120)
      })
    })

    it('records a new row as created, with its title, and a comment as commented on its record with an excerpt', async () => {
      await rolledBack(getDb(), async (db) => {
        const [asset] = await as(db, 'bob', `insert into public.assets (workspace_id, name, asset_tag) values ($1, 'ETC Ion Xe', 'NS-LX-777') returning id`, [main])
        expect(await newActivities(db, asset!.id)).toEqual([{ action: 'created', user_id: users.bob, changes: null, metadata: { title: 'ETC Ion Xe' } }])
        const [comment] = await as(db, 'bob', `insert into public.comments (workspace_id, entity_type, entity_id, content)
                                               values ($1, 'project_tasks', $2, $3) returning id`, [main, task1, `${mention('alice', 'Alice Moreau')}   the gels\nare in`])
        expect(await newActivities(db, task1)).toEqual([
          {
            action: 'commented',
            user_id: users.bob,
            changes: null,
            metadata: { title: 'Finalise lighting plot', comment_id: comment!.id, excerpt: '@Alice Moreau the gels are in' },
          },
        ])
      })
    })
  })

  describe('notifications', () => {
    it('tell a member they were assigned, but not the actor assigning themselves or a non-member', async () => {
      for (const [assignee, expected] of [['carol', 1], ['alice', 0], ['mallory', 0]] as const) {
        await rolledBack(getDb(), async (db) => {
          await as(db, 'alice', `update public.project_tasks set assignee_id = $2 where id = $1`, [task7, users[assignee]])
          const notifications = await newNotifications(db)
          expect(notifications, assignee).toHaveLength(expected)
          if (expected) {
            expect(notifications[0]).toEqual({
              user_id: users.carol, type: 'assignment', title: "Alice Moreau assigned you 'Draft sound check plan'", message: null,
              entity_type: 'project_tasks', entity_id: task7, actor_id: users.alice,
            })
          }
        })
      }
    })

    it('tell the creator and the assignee of a status change, not the one who made it', async () => {
      await rolledBack(getDb(), async (db) => {
        await as(db, 'bob', `update public.project_tasks set status = 'in_progress' where id = $1`, [task2])
        const notifications = await newNotifications(db)
        expect(notifications.map((n) => [n.user_id, n.type, n.title, n.message])).toEqual([
          [users.alice, 'status_change', "Bob Okafor changed 'Confirm load-in schedule with venue' to in progress", 'todo → in progress'],
          [users.carol, 'status_change', "Bob Okafor changed 'Confirm load-in schedule with venue' to in progress", 'todo → in progress'],
        ])
      })
      await rolledBack(getDb(), async (db) => {
        await as(db, 'alice', `update public.project_tasks set status = 'done' where id = $1`, [task2])
        expect((await newNotifications(db)).map((n) => [n.user_id, n.type])).toEqual([[users.carol, 'status_change']])
      })
    })

    it('tell mentioned members (not outsiders, not the author), then the record’s creator unless already mentioned', async () => {
      await rolledBack(getDb(), async (db) => {
        const content = `${mention('bob')} ${mention('mallory')} ${mention('carol')} and me ${mention('alice')}: gels?`
        await as(db, 'alice', `insert into public.comments (workspace_id, entity_type, entity_id, content) values ($1, 'project_tasks', $2, $3)`, [main, task7, content])
        expect((await newNotifications(db)).map((n) => [n.user_id, n.type, n.title, n.message])).toEqual([
          [users.bob, 'mention', "Alice Moreau mentioned you on 'Draft sound check plan'", '@bob @mallory @carol and me @alice: gels?'],
          [users.carol, 'mention', "Alice Moreau mentioned you on 'Draft sound check plan'", '@bob @mallory @carol and me @alice: gels?'],
        ])
      })
      await rolledBack(getDb(), async (db) => {
        await as(db, 'bob', `insert into public.comments (workspace_id, entity_type, entity_id, content) values ($1, 'project_tasks', $2, 'Done.')`, [main, task7])
        expect((await newNotifications(db)).map((n) => [n.user_id, n.type, n.title])).toEqual([
          [users.alice, 'comment', "Bob Okafor commented on 'Draft sound check plan'"],
        ])
      })
    })

    it('tell only the newly mentioned when a comment is edited', async () => {
      await rolledBack(getDb(), async (db) => {
        await as(db, 'alice', `update public.comments set content = $2 where id = $1`, [thread, `${mention('bob')} and ${mention('carol')}, plot v4 is up`])
        expect((await newNotifications(db)).map((n) => [n.user_id, n.type])).toEqual([[users.carol, 'mention']])
      })
    })

    it('skip the kinds a person muted, and not the ones they unmuted', async () => {
      await rolledBack(getDb(), async (db) => {
        await as(db, 'bob', `insert into public.notification_preferences (type) values ('assignment'), ('mention')`)
        await as(db, 'bob', `update public.notification_preferences set muted = false where type = 'mention'`)
        await as(db, 'alice', `update public.project_tasks set assignee_id = $2 where id = $1`, [task1, users.bob])
        await as(db, 'alice', `insert into public.comments (workspace_id, entity_type, entity_id, content) values ($1, 'project_tasks', $2, $3)`, [main, task1, mention('bob')])
        expect((await newNotifications(db)).map((n) => [n.user_id, n.type])).toEqual([[users.bob, 'mention']])
      })
    })

    it('name nothing and tell nobody for a comment whose record is in another workspace', async () => {
      await rolledBack(getDb(), async (db) => {
        await as(db, 'alice', `insert into public.comments (workspace_id, entity_type, entity_id, content) values ($1, 'project_tasks', $2, $3)`, [main, arenaTask, mention('bob')])
        expect(await newActivities(db, arenaTask)).toEqual([])
        expect(await newNotifications(db)).toEqual([])
      })
    })
  })

  describe('realtime messages', () => {
    it('send activities to the workspace, notifications (new and read) to their recipient, comments and reactions to the workspace', async () => {
      await rolledBack(getDb(), async (db) => {
        const [comment] = await as(db, 'alice', `insert into public.comments (workspace_id, entity_type, entity_id, content) values ($1, 'project_tasks', $2, $3) returning id`, [main, task7, mention('bob')])
        await as(db, 'bob', `insert into public.comment_reactions (comment_id, workspace_id, emoji) values ($1, $2, '🎉')`, [comment!.id, main])
        await as(db, 'bob', `update public.notifications set read_at = now() where created_at = now()`)

        const [activity] = await newMessages(db, `workspace:${main}:activity`)
        expect(activity).toMatchObject({ event: 'activity', payload: { record: { action: 'commented', entity_id: task7, user_id: users.alice } } })
        const onComments = await newMessages(db, `workspace:${main}:comments`)
        expect(onComments.map((m) => [m.event, m.payload.operation, m.payload.table]).sort()).toEqual([
          ['comment', 'INSERT', 'comments'],
          ['reaction', 'INSERT', 'comment_reactions'],
        ])
        expect(onComments.find((m) => m.event === 'reaction')!.payload.record).toMatchObject({ comment_id: comment!.id, user_id: users.bob, emoji: '🎉' })
        const toBob = await newMessages(db, `user:${users.bob}`)
        expect(toBob.map((m) => [m.event, m.payload.operation, m.payload.record.type, m.payload.record.read_at === null]).sort()).toEqual([
          ['notification', 'INSERT', 'mention', true],
          ['notification', 'UPDATE', 'mention', false],
        ])
        expect(await newMessages(db, 'user:%')).toHaveLength(2)
      })
    })
  })

  describe('realtime topic policies', () => {
    /** What realtime's authorization asks: may `actor` read (select) a message of `topic`, may they send (insert) one? */
    async function access(actor: Actor, topic: string): Promise<{ read: boolean; send: boolean }> {
      return rolledBack(getDb(), async (db) => {
        const [probe] = await rows<{ id: string }>(db, `insert into realtime.messages (topic, extension) values ($1, 'broadcast') returning id::text`, [topic])
        await actAs(db, actor, users)
        await db.query(`select set_config('realtime.topic', $1, true)`, [topic])
        const read = (await rows(db, 'select 1 from realtime.messages where id = $1', [probe!.id])).length === 1
        const send = (await errorOf(db, `insert into realtime.messages (topic, extension) values ($1, 'broadcast')`, [topic])) === undefined
        return { read, send }
      })
    }

    it('let a person receive on their own user topic only, and nobody send on one', async () => {
      expect(await access('bob', `user:${users.bob}`)).toEqual({ read: true, send: false })
      expect(await access('alice', `user:${users.bob}`)).toEqual({ read: false, send: false })
      expect(await access('mallory', `user:${users.bob}`)).toEqual({ read: false, send: false })
      expect(await access('anon', `user:${users.bob}`)).toEqual({ read: false, send: false })
      expect(await access('bob', `user:${users.bob}:inbox`)).toEqual({ read: false, send: false })
    })

    it('let members receive but not send on the rows, comments and activity topics, and send on the others', async () => {
      for (const sub of ['rows', 'comments', 'activity']) {
        expect(await access('carol', `workspace:${main}:${sub}`), sub).toEqual({ read: true, send: false })
        expect(await access('bob', `workspace:${main}:${sub}`), sub).toEqual({ read: true, send: false })
        expect(await access('mallory', `workspace:${main}:${sub}`), sub).toEqual({ read: false, send: false })
      }
      expect(await access('bob', `workspace:${main}:board`)).toEqual({ read: true, send: true })
      // A show's runtime is the database's to send (a GO cannot be forged); its crew topic carries presence and acks.
      const show = `workspace:${main}:show:${seedRowId(rowPrefixes.events, 1)}`
      expect(await access('bob', show)).toEqual({ read: true, send: false })
      expect(await access('bob', `${show}:crew`)).toEqual({ read: true, send: true })
      expect(await access('mallory', `${show}:crew`)).toEqual({ read: false, send: false })
      expect(await access('mallory', `workspace:${arena}:rows`)).toEqual({ read: true, send: false })
    })
  })

  describe('comment extras', () => {
    it('refuse a reaction claiming another workspace than its comment’s', async () => {
      await rolledBack(getDb(), async (db) => {
        await actAs(db, 'mallory', users)
        expect(await errorOf(db, `insert into public.comment_reactions (comment_id, workspace_id, emoji) values ($1, $2, '👍')`, [thread, arena])).toBe('42501')
      })
    })

    it('let any writer resolve and reopen a thread, not a reply, and nobody who cannot write', async () => {
      await rolledBack(getDb(), async (db) => {
        await actAs(db, 'bob', users)
        const [resolved] = await rows(db, 'select id, resolved_at, content from public.resolve_comment($1, true)', [thread])
        expect(resolved!.resolved_at).not.toBeNull()
        const [reopened] = await rows(db, 'select resolved_at from public.resolve_comment($1, false)', [thread])
        expect(reopened!.resolved_at).toBeNull()
        expect(await errorOf(db, 'select public.resolve_comment($1, true)', [reply])).toBe('22023')
        for (const actor of ['carol', 'mallory', 'anon'] as const) {
          await actAs(db, actor, users)
          expect(await errorOf(db, 'select public.resolve_comment($1, true)', [thread]), actor).toBe('42501')
        }
      })
    })

    it('count the comments of each record that the caller may see, without deleted ones', async () => {
      await rolledBack(getDb(), async (db) => {
        await db.query(`update public.comments set deleted_at = now() where id = $1`, [reply])
        await actAs(db, 'carol', users)
        const counts = await rows(db, `select entity_id, count from public.comment_counts($1, 'project_tasks') order by entity_id`, [main])
        expect(counts).toEqual([
          { entity_id: task1, count: 1 },
          { entity_id: task7, count: 1 },
        ])
        await actAs(db, 'mallory', users)
        expect(await rows(db, `select * from public.comment_counts($1, 'project_tasks')`, [main])).toEqual([])
      })
    })
  })
}
