-- Live collaboration, part 1: what clients read and write. Emoji reactions on comments, per-user notification
-- preferences, resolving a thread, comment counts for badges, and who may receive on the realtime topics that the
-- database triggers of the next migrations (activities, notifications, broadcasts) write to.

-- ---------------------------------------------------------------------------------------------------------------
-- Comment reactions: one row per (comment, person, emoji)
-- ---------------------------------------------------------------------------------------------------------------

create table public.comment_reactions (
  comment_id uuid not null references public.comments (id) on delete cascade,
  -- The comment's workspace, copied so that policies and the realtime topic need no join; the insert policy
  -- checks that it matches the comment's.
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  emoji text not null constraint comment_reactions_emoji_length check (char_length(emoji) between 1 and 16),
  created_at timestamptz not null default now(),
  constraint comment_reactions_pkey primary key (comment_id, user_id, emoji)
);
create index comment_reactions_workspace_id_idx on public.comment_reactions (workspace_id);
create index comment_reactions_user_id_idx on public.comment_reactions (user_id);

alter table public.comment_reactions enable row level security;

create policy "comment_reactions: members read" on public.comment_reactions
  for select to authenticated
  using (workspace_id in (select private.member_workspace_ids()));
-- The comment is looked up through the caller's own RLS on comments: a comment they cannot see is no comment to
-- react to, and a workspace_id that is not the comment's is refused here (42501), before the foreign key.
create policy "comment_reactions: writers add their own" on public.comment_reactions
  for insert to authenticated
  with check (
    workspace_id in (select private.writable_workspace_ids())
    and user_id = (select auth.uid())
    and exists (
      select 1 from public.comments c
      where c.id = comment_reactions.comment_id and c.workspace_id = comment_reactions.workspace_id
    )
  );
create policy "comment_reactions: writers remove their own" on public.comment_reactions
  for delete to authenticated
  using (workspace_id in (select private.writable_workspace_ids()) and user_id = (select auth.uid()));

-- A reaction is added or removed, never edited: no UPDATE for anyone but the service.
revoke all on public.comment_reactions from anon, authenticated, service_role;
grant select, insert, delete on public.comment_reactions to authenticated;
grant select, insert, update, delete on public.comment_reactions to service_role;

-- ---------------------------------------------------------------------------------------------------------------
-- Notification preferences: a row mutes (or, with muted = false, explicitly keeps) one kind for one person
-- ---------------------------------------------------------------------------------------------------------------

create table public.notification_preferences (
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  type text not null constraint notification_preferences_type_check
    check (type in ('mention', 'assignment', 'comment', 'status_change')),
  muted boolean not null default true,
  constraint notification_preferences_pkey primary key (user_id, type)
);

alter table public.notification_preferences enable row level security;

create policy "notification_preferences: own rows read" on public.notification_preferences
  for select to authenticated
  using (user_id = (select auth.uid()));
create policy "notification_preferences: own rows insert" on public.notification_preferences
  for insert to authenticated
  with check (user_id = (select auth.uid()));
create policy "notification_preferences: own rows update" on public.notification_preferences
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
create policy "notification_preferences: own rows delete" on public.notification_preferences
  for delete to authenticated
  using (user_id = (select auth.uid()));

revoke all on public.notification_preferences from anon, authenticated, service_role;
grant select, insert, update, delete on public.notification_preferences to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------------------
-- Resolving a thread: any writer of the workspace, not only the author
-- ---------------------------------------------------------------------------------------------------------------

-- An RPC rather than a second UPDATE policy: policies cannot limit which columns change, so a "writers update"
-- policy would let any writer rewrite anyone's text (and would be OR-ed with "authors edit"). This function
-- changes resolved_at and nothing else. security definer; the checks below are the whole authorisation, and a
-- comment the caller cannot write to is reported exactly like one that does not exist.
create or replace function public.resolve_comment(p_comment_id uuid, p_resolved boolean)
returns public.comments
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_comment public.comments;
begin
  select c.* into v_comment
  from public.comments c
  where c.id = p_comment_id
    and c.deleted_at is null
    and c.workspace_id in (select private.writable_workspace_ids());
  if v_comment.id is null then
    raise exception 'comment not found, or you may not resolve it' using errcode = '42501';
  end if;
  if v_comment.parent_comment_id is not null then
    raise exception 'only a thread (a top-level comment) can be resolved' using errcode = '22023';
  end if;
  if p_resolved is null then
    raise exception 'resolved must be true or false' using errcode = '22004';
  end if;

  update public.comments c
  set resolved_at = case when p_resolved then coalesce(c.resolved_at, now()) end
  where c.id = p_comment_id
  returning c.* into v_comment;
  return v_comment;
end;
$$;

-- Count badges for cards and rows: not-deleted comments (replies included) per record of one module.
-- security invoker: RLS decides what is counted, so a non-member gets no rows.
create or replace function public.comment_counts(p_workspace_id uuid, p_entity_type text)
returns table (entity_id uuid, count integer)
language sql
stable
security invoker
set search_path = ''
as $$
  select c.entity_id, count(*)::integer
  from public.comments c
  where c.workspace_id = p_workspace_id and c.entity_type = p_entity_type and c.deleted_at is null
  group by c.entity_id
$$;

revoke execute on function public.resolve_comment(uuid, boolean), public.comment_counts(uuid, text) from public, anon;
grant execute on function public.resolve_comment(uuid, boolean), public.comment_counts(uuid, text)
  to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------------------
-- Realtime topics written by the database
-- ---------------------------------------------------------------------------------------------------------------

-- `user:<uid>` carries a person's notifications: only they may join it. Text against text, so no cast of the
-- topic can fail inside the policy, and no uid (anon) matches nothing. No INSERT policy matches a user topic, so
-- nobody sends on one from a client; the notification trigger sends as the table owner.
create policy "users receive on their own user topic" on realtime.messages
  for select to authenticated
  using (
    extension = 'broadcast'
    and (select realtime.topic()) = 'user:' || (select auth.uid())::text
  );

-- `workspace:<id>:rows`, `:comments` and `:activity` carry what the triggers write; members receive on them but
-- must not be able to forge a row change, a comment or an activity for everyone else. Other workspace topics stay
-- open to members for presence, cursors and drag ghosts.
drop policy if exists "workspace members send on workspace topics" on realtime.messages;
create policy "workspace members send on workspace topics" on realtime.messages
  for insert to authenticated
  with check (
    extension in ('broadcast', 'presence')
    and (select private.realtime_topic_workspace_id((select realtime.topic()))) in (select private.member_workspace_ids())
    and (select realtime.topic()) !~ '^workspace:[^:]+:(rows|comments|activity)$'
  );
