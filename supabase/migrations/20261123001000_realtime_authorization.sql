-- Realtime authorization: who may join, receive on and send to private channels. Supabase Realtime checks a
-- private channel against row-level security on realtime.messages (which Supabase creates; locally
-- server/database/bootstrap.sql does): to join, a user must be able to SELECT a message of the topic; to send
-- (broadcast) or track presence, to INSERT one. realtime.topic() is the channel's topic during those checks.
--
-- Workspace topics: `workspace:<workspace id>`, and `workspace:<workspace id>:<anything>` for narrower rooms
-- (a record, a view). Every member of the workspace, viewers included, may receive and send on them: what they
-- send is presence and cursors, never data (data changes go through the API and its policies). Server-side
-- activity goes out with realtime.send(payload, event, 'workspace:<id>', true) from security definer triggers.

-- The workspace a topic belongs to, or null for any other topic. Checked with a pattern before the cast, so a
-- malformed topic is simply no workspace's, never an error inside a policy.
create or replace function private.realtime_topic_workspace_id(p_topic text)
returns uuid
language sql
immutable
set search_path = ''
as $$
  select case
    when p_topic ~ '^workspace:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(:.*)?$'
      then substr(p_topic, 11, 36)::uuid
  end
$$;

comment on function private.realtime_topic_workspace_id(text) is
  'The workspace id of a realtime topic `workspace:<uuid>` or `workspace:<uuid>:<sub-topic>`; null for other topics.';

revoke all on function private.realtime_topic_workspace_id(text) from public;
grant execute on function private.realtime_topic_workspace_id(text) to authenticated;

create policy "workspace members receive on workspace topics" on realtime.messages
  for select to authenticated
  using (
    extension in ('broadcast', 'presence')
    and (select private.realtime_topic_workspace_id((select realtime.topic()))) in (select private.member_workspace_ids())
  );

create policy "workspace members send on workspace topics" on realtime.messages
  for insert to authenticated
  with check (
    extension in ('broadcast', 'presence')
    and (select private.realtime_topic_workspace_id((select realtime.topic()))) in (select private.member_workspace_ids())
  );
