-- Callboard demo data. Docs, demos and tests rely on these ids and counts; change them together.
--
-- Runs once on a fresh database after the migrations (supabase db reset, or the embedded backend's first boot),
-- as the database owner, so row-level security does not apply. Every date is relative to the day it runs, so the
-- demo always looks current.
--
-- People (password for all: callboard-demo)
--   alice   11111111-1111-4111-8111-111111111111  alice@northstar.test   Northstar owner, Main Stage admin
--   bob     22222222-2222-4222-8222-222222222222  bob@northstar.test     Northstar member, Main Stage member
--   carol   33333333-3333-4333-8333-333333333333  carol@northstar.test   Northstar member, Main Stage viewer
--   mallory 44444444-4444-4444-8444-444444444444  mallory@rival.test     Rival Events owner, Arena admin
-- Organizations a0000000-0000-4000-8000-000000000001 Northstar Productions (northstar),
--               a0000000-0000-4000-8000-000000000002 Rival Events (rival)
-- Workspaces    b0000000-0000-4000-8000-000000000001 Main Stage (main-stage),
--               b0000000-0000-4000-8000-000000000002 Arena (arena)
-- Row ids are deterministic too: <prefix>-0000-4000-8000-<n, 12 digits>, n from 1 in Main Stage and from 901 in
-- Arena, with prefix c0000000 productions, d0000000 project_tasks, d1000000 project_milestones, e0000000 events,
-- f0000000 personnel, a5000000 assets, cf000000 custom_fields, 0f000000 views, c1000000 comments,
-- ac000000 activities, 0a000000 notifications, 10000000 locations, b1000000 bookings, a1000000 personnel_assignments,
-- c2000000 training_records, 5a000000 site_maps, 1a000000 location_access, 1b000000 location_utilities,
-- a6000000 asset_transactions, a7000000 asset_maintenance, a8000000 production_advances, 7e000000 teams,
-- 7f000000 time_entries, 70000000 job_openings, 71000000 job_applicants, c3000000 project_compliance,
-- c4000000 project_safety, 5e000000 run_of_show, 1c000000 incidents, de000000 task_dependencies.
-- Main Stage: 10 productions, 120 tasks, 36 milestones, 40 events (this month and next), 20 personnel, 32 assets
-- (2 of them bulk stock), 9 locations, 17 bookings, 18 crew calls, 9 certifications, 6 site maps, 5 access points,
-- 5 utilities, 12 check-outs and check-ins, 8 maintenance records, 7 advances, 6 teams, 11 timesheets, 5 job openings,
-- 7 applicants, 6 permits and licences, 5 risk assessments, 8 cues of a rundown, 3 incidents.
-- Arena: 4 productions, 6 tasks, 3 milestones, 5 events, 4 personnel, 5 assets, 3 of every other module.

-- The live triggers (activities, notifications, realtime broadcasts; 20261123001300) sleep while the seed runs:
-- they would add a 'created' activity and a message with a random id for every seeded row, where the demo's
-- history below is written out with fixed ids. They wake up again at the end of this file.
do $$
declare
  v_trigger record;
begin
  for v_trigger in
    select t.tgrelid::regclass as rel, t.tgname
    from pg_catalog.pg_trigger t join pg_catalog.pg_class c on c.oid = t.tgrelid
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and t.tgname in ('module_activity', 'module_notify', 'module_broadcast', 'comment_activity',
      'comment_broadcast', 'reaction_broadcast', 'activity_broadcast', 'notification_broadcast')
  loop
    execute format('alter table %s disable trigger %I', v_trigger.rel, v_trigger.tgname);
  end loop;
end
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- Users, as Supabase seeds create them (GoTrue fails on NULL token columns, hence the empty strings)
-- ---------------------------------------------------------------------------------------------------------------

insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
  confirmation_token, recovery_token, email_change_token_new, email_change
)
select
  '00000000-0000-0000-0000-000000000000', u.id, 'authenticated', 'authenticated', u.email,
  extensions.crypt('callboard-demo', extensions.gen_salt('bf')), now(),
  '{"provider":"email","providers":["email"]}'::jsonb, jsonb_build_object('full_name', u.full_name),
  now() - interval '90 days', now(),
  '', '', '', ''
from (values
  ('11111111-1111-4111-8111-111111111111'::uuid, 'alice@northstar.test', 'Alice Moreau'),
  ('22222222-2222-4222-8222-222222222222'::uuid, 'bob@northstar.test', 'Bob Okafor'),
  ('33333333-3333-4333-8333-333333333333'::uuid, 'carol@northstar.test', 'Carol Jensen'),
  ('44444444-4444-4444-8444-444444444444'::uuid, 'mallory@rival.test', 'Mallory Kade')
) as u (id, email, full_name);

insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select
  u.id::text, u.id,
  jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true),
  'email', now(), now(), now()
from auth.users u
where u.id in (
  '11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333', '44444444-4444-4444-8444-444444444444'
);
-- public.profiles rows were created by the on_auth_user_created trigger.

-- ---------------------------------------------------------------------------------------------------------------
-- Organizations, workspaces, memberships
-- ---------------------------------------------------------------------------------------------------------------

insert into public.organizations (id, name, slug, plan, metadata) values
  ('a0000000-0000-4000-8000-000000000001', 'Northstar Productions', 'northstar', 'pro', '{"city": "Bristol"}'),
  ('a0000000-0000-4000-8000-000000000002', 'Rival Events', 'rival', 'free', '{}');

insert into public.workspaces (id, organization_id, name, slug, settings) values
  ('b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'Main Stage', 'main-stage',
   '{"timezone": "Europe/London", "currency": "GBP"}'),
  ('b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000002', 'Arena', 'arena',
   '{"timezone": "Europe/London", "currency": "GBP"}');

insert into public.organization_members (organization_id, user_id, role) values
  ('a0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 'owner'),
  ('a0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222', 'member'),
  ('a0000000-0000-4000-8000-000000000001', '33333333-3333-4333-8333-333333333333', 'member'),
  ('a0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444', 'owner');

insert into public.workspace_members (workspace_id, user_id, role) values
  ('b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 'admin'),
  ('b0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222', 'member'),
  ('b0000000-0000-4000-8000-000000000001', '33333333-3333-4333-8333-333333333333', 'viewer'),
  ('b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444', 'admin');

-- ---------------------------------------------------------------------------------------------------------------
-- Productions
-- ---------------------------------------------------------------------------------------------------------------

insert into public.productions (
  id, workspace_id, created_by, created_at, name, code, status, venue, start_date, end_date, budget, description, custom_fields
)
select
  ('c0000000-0000-4000-8000-' || lpad(p.n::text, 12, '0'))::uuid,
  p.workspace_id::uuid,
  p.created_by::uuid,
  now() - (p.created_days_ago * interval '1 day'),
  p.name, p.code, p.status, p.venue,
  current_date + p.start_offset,
  current_date + p.end_offset,
  p.budget, p.description,
  jsonb_build_object('box_office_target', p.box_office_target)
from (values
  (1, 'b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 120,
   'Hamlet — Winter Season', 'HAM', 'in_production', 'Northstar Playhouse — Main Stage', -20, 40, 485000.00,
   'Full-scale revival in modern dress; 52 performances, live string quartet in the pit.', 610000),
  (2, 'b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 95,
   'The Tempest on Tour', 'TMP', 'pre_production', 'Regional tour — six venues', 25, 95, 320000.00,
   'Touring production with a self-contained rig; two trucks, eleven crew.', 380000),
  (3, 'b0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222', 60,
   'Midsummer Gala Concert', 'MGC', 'planning', 'Harbourside Concert Hall', 45, 46, 150000.00,
   'One-night fundraising gala with the city orchestra and guest soloists.', 210000),
  (4, 'b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 150,
   'A Christmas Carol', 'XMC', 'in_production', 'Northstar Playhouse — Main Stage', -5, 50, 260000.00,
   'The family favourite returns with a new flying sequence and snow effects.', 340000),
  (5, 'b0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222', 70,
   'Macbeth — Studio Season', 'MAC', 'pre_production', 'Studio Theatre', 15, 60, 98000.00,
   'In-the-round staging for 180 seats; haze, practical fire and a live percussionist.', 120000),
  (6, 'b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 30,
   'Twelfth Night in the Park', 'TWN', 'planning', 'Riverside Park Amphitheatre', 120, 150, 175000.00,
   'Open-air summer production; weather contingency and generator power required.', 190000),
  (7, 'b0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222', 45,
   'New Voices Playwriting Festival', 'NVF', 'pre_production', 'Studio Theatre', 30, 37, 42000.00,
   'A week of staged readings of six new plays, with talkbacks after each reading.', 30000),
  (8, 'b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 220,
   'Spring Dance Showcase', 'SDS', 'completed', 'Northstar Playhouse — Main Stage', -120, -100, 64000.00,
   'Three companies, one programme; the set was struck and returned to the store.', 85000),
  (9, 'b0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222', 100,
   'Jazz at the Lyric — Autumn Series', 'JAZ', 'post_production', 'Lyric Room', -60, -10, 55000.00,
   'Eight Friday-night sets; recordings being mixed for the streaming release.', 70000),
  (10, 'b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 40,
   'Les Misérables in Concert', 'LMC', 'cancelled', 'Harbourside Concert Hall', 200, 203, 410000.00,
   'Cancelled after the rights holder withdrew the licence for the season.', 0),
  (901, 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444', 80,
   'Arena Rock Revival Tour', 'ARR', 'in_production', 'Rival Arena', -10, 20, 900000.00,
   'Twelve-date arena run with a 40-tonne rig.', 1500000),
  (902, 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444', 50,
   'Holiday Ice Spectacular', 'HIS', 'pre_production', 'Rival Arena', 30, 60, 450000.00,
   'Ice show with projection mapping on the rink.', 700000),
  (903, 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444', 20,
   'Esports Championship Finals', 'ECF', 'planning', 'Rival Arena', 90, 92, 300000.00,
   'Two-day finals with broadcast truck and LED stage.', 400000),
  (904, 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444', 200,
   'Symphony Under the Stars', 'SUS', 'completed', 'Rival Park Bowl', -90, -88, 120000.00,
   'Outdoor orchestral weekend.', 150000)
) as p (n, workspace_id, created_by, created_days_ago, name, code, status, venue, start_offset, end_offset, budget,
        description, box_office_target);

-- ---------------------------------------------------------------------------------------------------------------
-- Tasks: 120 in Main Stage. 40 task templates, each used for three of the first nine productions.
-- ---------------------------------------------------------------------------------------------------------------

with templates (t, title, department) as (
  values
    (1, 'Finalise lighting plot', 'lighting'),
    (2, 'Confirm load-in schedule with venue', 'production'),
    (3, 'Send freelance crew contracts', 'production'),
    (4, 'Program cue list into console', 'lighting'),
    (5, 'Costume fittings — principals', 'wardrobe'),
    (6, 'Risk assessment for stage pyrotechnics', 'stage_management'),
    (7, 'Draft sound check plan', 'sound'),
    (8, 'Print and circulate rehearsal schedule', 'stage_management'),
    (9, 'Inspect fly system and counterweights', 'rigging'),
    (10, 'Book crew catering for tech week', 'production'),
    (11, 'Update props list after run-through', 'stage_management'),
    (12, 'Hire haze machines and fluid', 'lighting'),
    (13, 'Write the show running order', 'stage_management'),
    (14, 'Build the set model box', 'scenic'),
    (15, 'Order gaffer tape, glow tape and batteries', 'production'),
    (16, 'Rig FOH truss and check trims', 'rigging'),
    (17, 'Patch radio microphones and label packs', 'sound'),
    (18, 'Paint the floor cloth', 'scenic'),
    (19, 'Prepare the prompt book', 'stage_management'),
    (20, 'Confirm truck and driver booking', 'production'),
    (21, 'Focus the rig', 'lighting'),
    (22, 'Tune the PA and set delays', 'sound'),
    (23, 'Fit out the quick-change booth', 'wardrobe'),
    (24, 'PAT test touring electrics', 'production'),
    (25, 'Load the projection content to the media server', 'video'),
    (26, 'Schedule fight call with the fight director', 'stage_management'),
    (27, 'Check wig and make-up plot', 'wardrobe'),
    (28, 'Cut and hem black masking', 'scenic'),
    (29, 'Rehearse the scene changes', 'stage_management'),
    (30, 'Write the get-out plan', 'production'),
    (31, 'Calibrate the projector edge blend', 'video'),
    (32, 'Build the monitor mixes with the band', 'sound'),
    (33, 'Order replacement lamps and gobos', 'lighting'),
    (34, 'Check the flying harness certificates', 'rigging'),
    (35, 'Walk the fire exits with the venue manager', 'stage_management'),
    (36, 'Update the contact sheet', 'production'),
    (37, 'Dress rehearsal notes session', 'stage_management'),
    (38, 'Photograph the set for the archive', 'scenic'),
    (39, 'Reconcile the production budget', 'production'),
    (40, 'Return hired equipment and check in stock', 'production')
),
tasks as (
  select
    g,
    (array['todo', 'in_progress', 'review', 'done'])[1 + ((g - 1) / 3 + (g - 1) / 40) % 4] as status,
    (array['low', 'medium', 'high', 'urgent'])[1 + (g * 5 + g / 7) % 4] as priority,
    (array[
      '11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222',
      '33333333-3333-4333-8333-333333333333', null
    ]::uuid[])[1 + (g * 3 + g / 11) % 4] as assignee_id,
    1 + (g - 1) % 9 as production_n,
    1 + (g - 1) % 40 as t
  from generate_series(1, 120) as g
),
dated as (
  select
    tasks.*,
    case status
      when 'done' then current_date - (20 + g % 25)
      when 'review' then current_date - (5 + g % 10)
      when 'in_progress' then current_date - (1 + g % 8)
      else current_date + (g % 20)
    end as start_date
  from tasks
)
insert into public.project_tasks (
  id, workspace_id, created_by, created_at, updated_at, production_id, title, description, status, priority,
  assignee_id, start_date, due_date, position, estimate_hours, custom_fields
)
select
  ('d0000000-0000-4000-8000-' || lpad(d.g::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  case when d.g % 3 = 0 then '22222222-2222-4222-8222-222222222222' else '11111111-1111-4111-8111-111111111111' end::uuid,
  now() - ((130 - d.g) * interval '7 hours'),
  now() - ((130 - d.g) * interval '3 hours'),
  ('c0000000-0000-4000-8000-' || lpad(d.production_n::text, 12, '0'))::uuid,
  tp.title,
  case when d.g % 4 = 0 then null else tp.title || ' for ' || p.name || '.' end,
  d.status,
  d.priority,
  d.assignee_id,
  d.start_date,
  case d.status
    when 'done' then d.start_date + (3 + d.g % 7)
    when 'review' then current_date + (d.g % 6 - 1)
    when 'in_progress' then current_date + (2 + d.g % 14)
    else d.start_date + (3 + d.g % 10)
  end,
  -- zero-padded, so text order is manual order within each status column
  'a' || lpad((row_number() over (partition by d.status order by d.g) - 1)::text, 4, '0'),
  (1 + d.g % 8) * 1.5,
  jsonb_build_object('department', tp.department, 'requires_crew_call', d.g % 5 = 0)
from dated d
join templates tp on tp.t = d.t
join public.productions p on p.id = ('c0000000-0000-4000-8000-' || lpad(d.production_n::text, 12, '0'))::uuid;

insert into public.project_tasks (
  id, workspace_id, created_by, production_id, title, status, priority, assignee_id, start_date, due_date, position,
  estimate_hours
)
select
  ('d0000000-0000-4000-8000-' || lpad((900 + t.n)::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000002',
  '44444444-4444-4444-8444-444444444444',
  ('c0000000-0000-4000-8000-' || lpad(t.production_n::text, 12, '0'))::uuid,
  t.title, t.status, t.priority,
  case when t.n % 2 = 1 then '44444444-4444-4444-8444-444444444444'::uuid end,
  current_date + t.start_offset, current_date + t.start_offset + 5,
  'a' || lpad(t.n::text, 4, '0'),
  t.hours
from (values
  (1, 901, 'Advance the arena rigging plot', 'in_progress', 'high', -3, 6.0),
  (2, 901, 'Book local crew for the load-in', 'todo', 'medium', 2, 3.0),
  (3, 901, 'Confirm pyrotechnics licence', 'review', 'urgent', -6, 2.0),
  (4, 902, 'Order ice-paint and rink markings', 'todo', 'medium', 10, 4.0),
  (5, 902, 'Map projection surfaces on the rink', 'todo', 'high', 14, 12.0),
  (6, 904, 'Send thank-you notes to the orchestra', 'done', 'low', -80, 1.0)
) as t (n, production_n, title, status, priority, start_offset, hours);

-- Dependencies (de000000): Hamlet's first six tasks by start, in a chain (finish to start, the third a day after,
-- the fifth starting with the fourth), so its timeline has a critical path; four links at Arena Rock.
insert into public.task_dependencies (id, workspace_id, created_by, predecessor_id, successor_id, dependency_type, lag_days)
select ('de000000-0000-4000-8000-' || lpad(c.n::text, 12, '0'))::uuid, 'b0000000-0000-4000-8000-000000000001',
       '11111111-1111-4111-8111-111111111111', c.predecessor, c.id,
       case c.n when 4 then 'SS' else 'FS' end, case c.n when 2 then 1 else 0 end
from (
  select t.id, lag(t.id) over (order by t.start_date, t.id) as predecessor, row_number() over (order by t.start_date, t.id) - 1 as n
  from public.project_tasks t
  where t.production_id = 'c0000000-0000-4000-8000-000000000001' and t.start_date is not null
) c
where c.n between 1 and 5;

insert into public.task_dependencies (id, workspace_id, created_by, predecessor_id, successor_id, dependency_type, lag_days)
select ('de000000-0000-4000-8000-' || lpad(l.n::text, 12, '0'))::uuid, 'b0000000-0000-4000-8000-000000000002',
       '44444444-4444-4444-8444-444444444444'::uuid,
       ('d0000000-0000-4000-8000-' || lpad(l.p::text, 12, '0'))::uuid, ('d0000000-0000-4000-8000-' || lpad(l.s::text, 12, '0'))::uuid,
       l.t, l.lag
from (values (901, 901, 902, 'FS', 0), (902, 903, 902, 'FS', 0), (903, 901, 903, 'SS', 1), (904, 904, 905, 'FS', 2)) as l (n, p, s, t, lag);

-- ---------------------------------------------------------------------------------------------------------------
-- Milestones: four per production for the first nine Main Stage productions
-- ---------------------------------------------------------------------------------------------------------------

insert into public.project_milestones (id, workspace_id, created_by, production_id, name, due_date, status, description)
select
  ('d1000000-0000-4000-8000-' || lpad(((p.n - 1) * 4 + m.k)::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  prod.id,
  m.name,
  case when m.k = 4 then prod.end_date else prod.start_date + m.offset_days end,
  case
    when (case when m.k = 4 then prod.end_date else prod.start_date + m.offset_days end) >= current_date then 'upcoming'
    when p.n = 2 and m.k = 1 then 'missed'
    else 'achieved'
  end,
  m.description
from generate_series(1, 9) as p (n)
join public.productions prod on prod.id = ('c0000000-0000-4000-8000-' || lpad(p.n::text, 12, '0'))::uuid
cross join (values
  (1, 'Design sign-off', -35, 'Set, lighting, sound and costume designs approved by the director.'),
  (2, 'First rehearsal', -21, 'Company meet-and-greet and read-through.'),
  (3, 'Opening night', 0, 'Press night; front of house opens at 18:45.'),
  (4, 'Closing and strike', null, 'Final performance, get-out and return of hires.')
) as m (k, name, offset_days, description);

insert into public.project_milestones (id, workspace_id, created_by, production_id, name, due_date, status)
values
  ('d1000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'c0000000-0000-4000-8000-000000000901', 'Rig signed off by the venue', current_date - 11, 'achieved'),
  ('d1000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'c0000000-0000-4000-8000-000000000901', 'Final show of the run', current_date + 20, 'upcoming'),
  ('d1000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'c0000000-0000-4000-8000-000000000902', 'Ice laid and painted', current_date + 25, 'upcoming');

-- ---------------------------------------------------------------------------------------------------------------
-- Events: 40 in Main Stage, spread evenly over this month and next
-- ---------------------------------------------------------------------------------------------------------------

with span as (
  select
    date_trunc('month', current_date)::date as first_day,
    ((date_trunc('month', current_date) + interval '2 months')::date - date_trunc('month', current_date)::date) as days
),
shows (k, production_n, short_name, venue) as (
  values
    (1, 1, 'Hamlet', 'Northstar Playhouse — Main Stage'),
    (2, 4, 'A Christmas Carol', 'Northstar Playhouse — Main Stage'),
    (3, 2, 'The Tempest', 'Theatre Royal, Bath (tour opening)'),
    (4, 5, 'Macbeth', 'Studio Theatre'),
    (5, 3, 'Midsummer Gala', 'Harbourside Concert Hall'),
    (6, 7, 'New Voices', 'Studio Theatre')
),
kinds (k, event_type, title, start_time, duration, all_day) as (
  values
    (1, 'rehearsal', 'Blocking rehearsal', time '10:00', interval '4 hours', false),
    (2, 'performance', 'Evening performance', time '19:30', interval '2 hours 45 minutes', false),
    (3, 'tech', 'Technical rehearsal', time '12:00', interval '6 hours', false),
    (4, 'meeting', 'Production meeting', time '09:30', interval '1 hour', false),
    (5, 'load_in', 'Load-in and rig', time '08:00', interval '8 hours', false),
    (6, 'performance', 'Matinee', time '14:00', interval '2 hours 45 minutes', false),
    (7, 'rehearsal', 'Music call', time '11:00', interval '3 hours', false),
    (8, 'load_out', 'Get-out and load-out', time '22:00', interval '1 hour 45 minutes', false),
    (9, 'tech', 'Dress rehearsal', time '18:00', interval '4 hours', false),
    (10, 'other', 'Company day off', time '00:00', interval '23 hours 59 minutes', true)
),
planned as (
  select
    g,
    s.first_day + ((g - 1) * s.days) / 40 as day,
    1 + (g - 1) % 10 as kind_k,
    1 + (g * 7) % 6 as show_k
  from generate_series(1, 40) as g, span s
)
insert into public.events (
  id, workspace_id, created_by, production_id, title, event_type, starts_at, ends_at, all_day, location, status,
  description
)
select
  ('e0000000-0000-4000-8000-' || lpad(pl.g::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  case when pl.g % 2 = 0 then '22222222-2222-4222-8222-222222222222' else '11111111-1111-4111-8111-111111111111' end::uuid,
  case when k.all_day then null else ('c0000000-0000-4000-8000-' || lpad(sh.production_n::text, 12, '0'))::uuid end,
  case when k.all_day then k.title else sh.short_name || ': ' || k.title end,
  k.event_type,
  (pl.day + k.start_time)::timestamptz,
  (pl.day + k.start_time + k.duration)::timestamptz,
  k.all_day,
  case
    when k.all_day then null
    when k.event_type = 'meeting' then 'Production Office'
    when k.event_type = 'rehearsal' then 'Rehearsal Room ' || (1 + sh.k % 2)
    when k.event_type in ('load_in', 'load_out') then sh.venue || ' (loading dock)'
    else sh.venue
  end,
  case
    when pl.g % 13 = 0 then 'cancelled'
    when pl.day > current_date + 14 and pl.g % 3 = 0 then 'tentative'
    else 'confirmed'
  end,
  case k.event_type
    when 'performance' then 'House opens 30 minutes before curtain.'
    when 'load_in' then 'Crew call 07:30 at the stage door.'
    when 'tech' then 'All departments; cue-to-cue from the top of act one.'
    else null
  end
from planned pl
join kinds k on k.k = pl.kind_k
join shows sh on sh.k = pl.show_k;

insert into public.events (
  id, workspace_id, created_by, production_id, title, event_type, starts_at, ends_at, location, status
)
select
  ('e0000000-0000-4000-8000-' || lpad((900 + e.n)::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000002',
  '44444444-4444-4444-8444-444444444444',
  ('c0000000-0000-4000-8000-' || lpad(e.production_n::text, 12, '0'))::uuid,
  e.title, e.event_type,
  (current_date + e.day_offset + e.start_time)::timestamptz,
  (current_date + e.day_offset + e.start_time + e.duration)::timestamptz,
  'Rival Arena', e.status
from (values
  (1, 901, 'Arena Rock: show one', 'performance', 1, time '20:00', interval '3 hours', 'confirmed'),
  (2, 901, 'Arena Rock: show two', 'performance', 2, time '20:00', interval '3 hours', 'confirmed'),
  (3, 901, 'Arena Rock: load-out', 'load_out', 3, time '23:30', interval '4 hours', 'confirmed'),
  (4, 902, 'Ice Spectacular: skating rehearsal', 'rehearsal', 12, time '09:00', interval '5 hours', 'tentative'),
  (5, 903, 'Esports Finals: broadcast planning', 'meeting', 7, time '14:00', interval '90 minutes', 'confirmed')
) as e (n, production_n, title, event_type, day_offset, start_time, duration, status);

-- ---------------------------------------------------------------------------------------------------------------
-- Personnel: 20 in Main Stage (three of them have a Callboard login)
-- ---------------------------------------------------------------------------------------------------------------

insert into public.personnel (
  id, workspace_id, created_by, full_name, email, phone, role_title, department, employment_type, day_rate, profile_id,
  status
)
select
  ('f0000000-0000-4000-8000-' || lpad(p.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  p.full_name,
  lower(replace(split_part(p.full_name, ' ', 1), '''', '')) || '.' || lower(replace(split_part(p.full_name, ' ', 2), '''', '')) || '@crew.northstar.test',
  '+44 7700 900' || lpad((100 + p.n * 17)::text, 3, '0'),
  p.role_title, p.department, p.employment_type, p.day_rate, p.profile_id::uuid,
  case when p.n = 20 then 'inactive' else 'active' end
from (values
  (1, 'Alice Moreau', 'Production Manager', 'production', 'staff', 420.00, '11111111-1111-4111-8111-111111111111'),
  (2, 'Bob Okafor', 'Technical Director', 'production', 'staff', 390.00, '22222222-2222-4222-8222-222222222222'),
  (3, 'Carol Jensen', 'Company Manager', 'production', 'staff', 340.00, '33333333-3333-4333-8333-333333333333'),
  (4, 'Priya Raman', 'Stage Manager', 'stage_management', 'staff', 310.00, null),
  (5, 'Tom Achterberg', 'Deputy Stage Manager', 'stage_management', 'crew', 260.00, null),
  (6, 'Sofia Marquez', 'Assistant Stage Manager', 'stage_management', 'crew', 220.00, null),
  (7, 'Kwame Mensah', 'Lighting Designer', 'lighting', 'freelance', 550.00, null),
  (8, 'Hannah Kowalski', 'Chief Electrician', 'lighting', 'crew', 300.00, null),
  (9, 'Liam O''Connor', 'Lighting Programmer', 'lighting', 'freelance', 380.00, null),
  (10, 'Mei Lin Zhou', 'Sound Designer', 'sound', 'freelance', 520.00, null),
  (11, 'Jonas Becker', 'Sound Engineer', 'sound', 'crew', 290.00, null),
  (12, 'Aisha Bello', 'Radio Mic Technician', 'sound', 'crew', 240.00, null),
  (13, 'Declan Murphy', 'Head Rigger', 'rigging', 'contractor', 360.00, null),
  (14, 'Nadia Petrova', 'Rigger', 'rigging', 'contractor', 280.00, null),
  (15, 'Oscar Lindqvist', 'Head of Flies', 'rigging', 'crew', 270.00, null),
  (16, 'Grace Adeyemi', 'Wardrobe Supervisor', 'wardrobe', 'staff', 280.00, null),
  (17, 'Marco Rossi', 'Scenic Carpenter', 'scenic', 'freelance', 300.00, null),
  (18, 'Elena Novak', 'Video Engineer', 'video', 'freelance', 410.00, null),
  (19, 'Sam Whitaker', 'Stage Crew', 'stage_management', 'crew', 190.00, null),
  (20, 'Ruth Ellison', 'Production Electrician', 'lighting', 'crew', 280.00, null)
) as p (n, full_name, role_title, department, employment_type, day_rate, profile_id);

insert into public.personnel (id, workspace_id, created_by, full_name, role_title, department, employment_type, day_rate)
values
  ('f0000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Victor Hale', 'Tour Manager', 'production', 'staff', 450.00),
  ('f0000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Jade Summers', 'Lighting Director', 'lighting', 'freelance', 500.00),
  ('f0000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Ravi Patel', 'Monitor Engineer', 'sound', 'freelance', 420.00),
  ('f0000000-0000-4000-8000-000000000904', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Greta Holm', 'Head Rigger', 'rigging', 'contractor', 380.00);

-- ---------------------------------------------------------------------------------------------------------------
-- Assets: 30 in Main Stage, expanded from models and quantities
-- ---------------------------------------------------------------------------------------------------------------

with models (m, name, category, quantity, value, location, years_old) as (
  values
    (1, 'DiGiCo SD12 mixing console', 'audio', 1, 38000.00, 'Sound booth', 3),
    (2, 'Yamaha CL5 digital console', 'audio', 1, 31000.00, 'Main Stage store', 6),
    (3, 'Shure ULXD2/B58 wireless microphone', 'audio', 4, 1450.00, 'Radio mic rack', 2),
    (4, 'd&b audiotechnik Y10P loudspeaker', 'audio', 2, 4100.00, 'Main Stage store', 5),
    (5, 'grandMA3 light console', 'lighting', 1, 29000.00, 'Lighting control room', 2),
    (6, 'ETC Eos Ti console', 'lighting', 1, 24000.00, 'Studio Theatre', 7),
    (7, 'Robe MegaPointe moving head', 'lighting', 4, 9800.00, 'Main Stage rig', 3),
    (8, 'Martin MAC Aura XB wash', 'lighting', 3, 5200.00, 'Main Stage rig', 4),
    (9, 'ETC Source Four 26° profile', 'lighting', 2, 450.00, 'Lantern store', 9),
    (10, 'Prolyte H30V truss, 3 m', 'rigging', 3, 520.00, 'Scene dock', 8),
    (11, 'CM Lodestar 1 t chain hoist', 'rigging', 2, 3900.00, 'Scene dock', 5),
    (12, 'Barco UDX-4K32 projector', 'video', 1, 68000.00, 'Projection box', 2),
    (13, 'Blackmagic ATEM Constellation switcher', 'video', 1, 4900.00, 'Video rack', 1),
    (14, 'Litedeck 2 × 1 m stage deck', 'staging', 2, 610.00, 'Scene dock', 10),
    (15, 'Powerlock 400 A distribution board', 'power', 1, 6100.00, 'Dock power room', 4),
    (16, 'Yamaha C7 grand piano', 'backline', 1, 42000.00, 'Lyric Room', 15)
),
units as (
  select
    row_number() over (order by m.m, u.k) as n,
    m.*,
    u.k,
    count(*) over (partition by m.m) as of_model
  from models m
  cross join lateral generate_series(1, m.quantity) as u (k)
)
insert into public.assets (
  id, workspace_id, created_by, name, asset_tag, category, status, location, purchase_date, value, notes, custom_fields
)
select
  ('a5000000-0000-4000-8000-' || lpad(u.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '22222222-2222-4222-8222-222222222222',
  case when u.of_model > 1 then u.name || ' #' || u.k else u.name end,
  'NS-' || upper(left(u.category, 3)) || '-' || lpad(u.n::text, 3, '0'),
  u.category,
  case
    when u.n in (9, 27) then 'maintenance'
    when u.n = 29 then 'retired'
    when u.n % 3 = 0 then 'in_use'
    else 'available'
  end,
  u.location,
  current_date - (u.years_old * 365 + u.n * 11)::integer,
  u.value,
  case when u.n in (9, 27) then 'Sent for service; back in two weeks.' end,
  jsonb_build_object('serial_number', 'SN-' || lpad((104729 * u.n % 999983)::text, 6, '0'))
from units u;

insert into public.assets (id, workspace_id, created_by, name, asset_tag, category, status, location, value)
values
  ('a5000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'L-Acoustics K2 line array (hang of 12)', 'RV-AUD-001', 'audio', 'in_use', 'Arena flown', 280000.00),
  ('a5000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Avolites Diamond 9 console', 'RV-LIG-002', 'lighting', 'available', 'Arena store', 45000.00),
  ('a5000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'ROE Black Pearl LED panel set', 'RV-VID-003', 'video', 'in_use', 'Arena stage', 190000.00),
  ('a5000000-0000-4000-8000-000000000904', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Tomcat 52 cm box truss, 40 m', 'RV-RIG-004', 'rigging', 'available', 'Arena dock', 36000.00),
  ('a5000000-0000-4000-8000-000000000905', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Aggreko 500 kVA generator', 'RV-POW-005', 'power', 'maintenance', 'Arena yard', 60000.00);

-- ---------------------------------------------------------------------------------------------------------------
-- Locations, bookings, crew calls and certifications. Main Stage's make every rule of the conflict engine visible:
--   Hannah Kowalski (chief LX) is confirmed on Hamlet's tech day and pencilled for the Gala's rig the same evening;
--   the Studio Theatre has two holds on one day (New Voices first, Macbeth second);
--   the combined rehearsal rooms are confirmed while Rehearsal Room 1 is asked for inside them;
--   Nadia Petrova's rigging ticket expires the day before her call on the Hamlet flying rig;
--   Kwame Mensah is invited to a focus session during his approved leave;
--   Tom Achterberg wraps Hamlet at 23:30 and is called again at 08:00 (8.5 h of rest, under 10);
--   Aisha Bello works seven days running, 10 to 13 hours a day, into daily, weekly and seventh-day overtime.
-- Ids: 10000000 locations, b1000000 bookings, a1000000 personnel_assignments, c2000000 training_records.
-- ---------------------------------------------------------------------------------------------------------------

insert into public.locations (id, workspace_id, created_by, name, location_type, parent_id, address, city, capacity, notes)
select
  ('10000000-0000-4000-8000-' || lpad(l.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  l.name, l.location_type,
  case when l.parent_n is null then null else ('10000000-0000-4000-8000-' || lpad(l.parent_n::text, 12, '0'))::uuid end,
  l.address, l.city, l.capacity, l.notes
from (values
  (1, 'Northstar Playhouse', 'venue', null, '12 Quay Street', 'Bristol', 1200, 'Stage door on Cannon Lane; dock takes a 40 ft trailer.'),
  (2, 'Main House', 'space', 1, null, null, 900, null),
  (3, 'Studio Theatre', 'space', 1, null, null, 180, 'Black box; seating reconfigurable.'),
  (4, 'Rehearsal Rooms 1 + 2 (combined)', 'space', 1, null, null, 60, 'The partition folds away: one room for movement calls.'),
  (5, 'Rehearsal Room 1', 'space', 4, null, null, 30, null),
  (6, 'Rehearsal Room 2', 'space', 4, null, null, 30, null),
  (7, 'Production Office', 'office', 1, null, null, 12, null),
  (8, 'Northstar Warehouse', 'warehouse', null, 'Unit 4, Dockside Estate', 'Avonmouth', null, 'Scenery and lantern store; forklift on site.'),
  (9, 'Harbourside Concert Hall', 'venue', null, 'Harbourside', 'Bristol', 2100, 'Gala partner venue.')
) as l (n, name, location_type, parent_n, address, city, capacity, notes)
order by l.n;

insert into public.locations (id, workspace_id, created_by, name, location_type, parent_id, city, capacity) values
  ('10000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Rival Arena', 'venue', null, 'Manchester', 21000),
  ('10000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Arena Floor', 'space', '10000000-0000-4000-8000-000000000901', null, 14000),
  ('10000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Arena Yard', 'warehouse', '10000000-0000-4000-8000-000000000901', null, null);

-- Holds are inserted in the order they were placed, so each takes the next free rank on its resource.
insert into public.bookings (
  id, workspace_id, created_by, title, booking_type, location_id, person_id, asset_id, production_id, starts_at, ends_at,
  pre_buffer_minutes, post_buffer_minutes, status, affects_availability, notes
)
select
  ('b1000000-0000-4000-8000-' || lpad(b.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  b.title, b.booking_type,
  case when b.location_n is null then null else ('10000000-0000-4000-8000-' || lpad(b.location_n::text, 12, '0'))::uuid end,
  case when b.person_n is null then null else ('f0000000-0000-4000-8000-' || lpad(b.person_n::text, 12, '0'))::uuid end,
  case when b.asset_n is null then null else ('a5000000-0000-4000-8000-' || lpad(b.asset_n::text, 12, '0'))::uuid end,
  case when b.production_n is null then null else ('c0000000-0000-4000-8000-' || lpad(b.production_n::text, 12, '0'))::uuid end,
  (current_date + b.start_day + b.start_time)::timestamptz,
  (current_date + b.end_day + b.end_time)::timestamptz,
  b.pre, b.post, b.status, b.affects, b.notes
from (values
  (1, 'Hamlet: technical rehearsal', 'booking', 2, null, null, 1, 1, time '09:00', 1, time '23:00', 60, 30, 'confirmed', true, 'Load-in from 08:00.'),
  (2, 'New Voices: workshop showing', 'booking', 3, null, null, 7, 5, time '10:00', 5, time '18:00', 0, 60, 'hold', true, null),
  (3, 'Macbeth: studio read-through', 'booking', 3, null, null, 5, 5, time '13:00', 5, time '17:00', 0, 0, 'hold', true, 'Second hold behind New Voices.'),
  (4, 'Midsummer Gala: movement call', 'booking', 4, null, null, 3, 3, time '10:00', 3, time '16:00', 0, 0, 'confirmed', true, null),
  (5, 'The Tempest: music call', 'booking', 5, null, null, 2, 3, time '14:00', 3, time '17:00', 0, 0, 'tentative', true, 'Inside the combined rooms'' booking.'),
  (6, 'Annual leave', 'leave', null, 7, null, null, 6, time '00:00', 10, time '00:00', 0, 0, 'confirmed', true, 'Approved by Alice.'),
  (7, 'Hamlet: FOH console', 'booking', null, null, 1, 1, 1, time '09:00', 1, time '23:00', 0, 0, 'confirmed', true, null),
  (8, 'The Tempest: projection', 'booking', null, null, 25, 2, 10, time '08:00', 12, time '23:00', 120, 120, 'confirmed', true, 'Tour opening in Bath.'),
  (9, 'Unavailable (personal)', 'unavailable', null, 11, null, null, 2, time '00:00', 3, time '00:00', 0, 0, 'confirmed', true, null),
  (10, 'A Christmas Carol: get-in', 'booking', 2, null, null, 4, 14, time '08:00', 14, time '23:00', 0, 0, 'hold', true, null),
  (11, 'Corporate hire (lost)', 'booking', 2, null, null, null, 2, time '18:00', 2, time '23:00', 0, 0, 'cancelled', true, null),
  (12, 'Warehouse stock-take', 'booking', 8, null, null, null, 4, time '09:00', 4, time '13:00', 0, 0, 'confirmed', false, 'Does not close the warehouse.')
) as b (n, title, booking_type, location_n, person_n, asset_n, production_n, start_day, start_time, end_day, end_time, pre, post, status, affects, notes)
order by b.n;

insert into public.bookings (id, workspace_id, created_by, title, location_id, person_id, asset_id, production_id, starts_at, ends_at, status)
select
  ('b1000000-0000-4000-8000-' || lpad(b.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000002',
  '44444444-4444-4444-8444-444444444444',
  b.title, b.location_id::uuid, b.person_id::uuid, b.asset_id::uuid,
  'c0000000-0000-4000-8000-000000000901',
  (current_date + b.day + time '12:00')::timestamptz,
  (current_date + b.day + time '23:59')::timestamptz,
  'confirmed'
from (values
  (901, 'Arena Rock: show one', 1, '10000000-0000-4000-8000-000000000902', null, null),
  (902, 'Arena Rock: flown PA', 1, null, null, 'a5000000-0000-4000-8000-000000000901'),
  (903, 'Arena Rock: head rigger', 1, null, 'f0000000-0000-4000-8000-000000000904', null)
) as b (n, title, day, location_id, person_id, asset_id);

-- Bulk stock is booked by quantity and runs short only at a peak. The LED PARs (40) are asked for 20 + 20 + 15 = 55
-- across the week, yet never more than 35 at once: no shortage. The Christmas Carol workshop's pencilled 10 on day
-- 2 would make 45 at once, 5 short: a warning before anyone confirms it.
insert into public.assets (id, workspace_id, created_by, name, asset_tag, category, status, location, value, tracking, stock_quantity)
values
  ('a5000000-0000-4000-8000-000000000031', 'b0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222',
   'Chauvet COLORado 1-Quad LED PAR', 'NS-LIG-B31', 'lighting', 'available', 'Lantern store', 650.00, 'bulk', 40),
  ('a5000000-0000-4000-8000-000000000032', 'b0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222',
   'Socapex 19-pin cable, 20 m', 'NS-POW-B32', 'power', 'available', 'Cable store', 140.00, 'bulk', 24);

insert into public.bookings (id, workspace_id, created_by, title, asset_id, production_id, quantity, starts_at, ends_at, status)
select
  ('b1000000-0000-4000-8000-' || lpad(b.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  b.title,
  ('a5000000-0000-4000-8000-' || lpad(b.asset_n::text, 12, '0'))::uuid,
  ('c0000000-0000-4000-8000-' || lpad(b.production_n::text, 12, '0'))::uuid,
  b.quantity,
  (current_date + b.start_day + b.start_time)::timestamptz,
  (current_date + b.end_day + b.end_time)::timestamptz,
  b.status
from (values
  (13, 'Hamlet: front-of-house wash', 31, 1, 20, 1, time '08:00', 2, time '23:00', 'confirmed'),
  (14, 'The Tempest: tour rig', 31, 2, 20, 3, time '08:00', 4, time '23:00', 'confirmed'),
  (15, 'Midsummer Gala: stage wash', 31, 3, 15, 1, time '08:00', 4, time '23:00', 'confirmed'),
  (16, 'A Christmas Carol: workshop test', 31, 4, 10, 2, time '10:00', 2, time '18:00', 'tentative'),
  (17, 'Hamlet: dimmer feeds', 32, 1, 16, 1, time '08:00', 2, time '23:00', 'confirmed')
) as b (n, title, asset_n, production_n, quantity, start_day, start_time, end_day, end_time, status)
order by b.n;

-- Certificates first: a confirmed call is checked against them as it is written.
insert into public.training_records (
  id, workspace_id, created_by, person_id, title, certification, issued_on, expires_on, issuer, reference
)
select
  ('c2000000-0000-4000-8000-' || lpad(t.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  ('f0000000-0000-4000-8000-' || lpad(t.person_n::text, 12, '0'))::uuid,
  t.title, t.certification,
  current_date + t.issued_day,
  case when t.expires_day is null then null else current_date + t.expires_day end,
  t.issuer, t.reference
from (values
  (1, 13, 'IRATA Level 3 rope access', 'rigging', -400, 700, 'IRATA', 'IR-3-20931'),
  (2, 13, 'Working at height', 'working_at_height', -200, 530, 'ABTT', 'WAH-5512'),
  (3, 14, 'NRC theatre rigging', 'rigging', -1092, 3, 'National Rigging Certificate', 'NRC-0457'),
  (4, 14, 'First aid at work', 'first_aid', -300, 795, 'St John Ambulance', 'FAW-88213'),
  (5, 8, 'BS 7909 temporary power', 'electrical', -500, 600, 'ABTT', 'BS7909-1201'),
  (6, 20, 'BS 7909 temporary power', 'electrical', -1075, 20, 'ABTT', 'BS7909-0874'),
  (7, 15, 'NRC theatre rigging', 'rigging', -1105, -10, 'National Rigging Certificate', 'NRC-0212'),
  (8, 19, 'Counterbalance forklift', 'forklift', -90, 1005, 'RTITB', 'FLT-44120'),
  (9, 17, 'PASMA towers', 'working_at_height', -60, null, 'PASMA', 'PA-77310')
) as t (n, person_n, title, certification, issued_day, expires_day, issuer, reference)
order by t.n;

insert into public.training_records (id, workspace_id, created_by, person_id, title, certification, issued_on, expires_on)
values
  ('c2000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'f0000000-0000-4000-8000-000000000904', 'IRATA Level 2 rope access', 'rigging', current_date - 100, current_date + 995),
  ('c2000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'f0000000-0000-4000-8000-000000000902', 'BS 7909 temporary power', 'electrical', current_date - 400, current_date + 695),
  ('c2000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'f0000000-0000-4000-8000-000000000903', 'First aid at work', 'first_aid', current_date - 30, current_date + 1065);

insert into public.personnel_assignments (
  id, workspace_id, created_by, person_id, production_id, role, call_at, wrap_at, pre_buffer_minutes, post_buffer_minutes,
  status, required_certifications, notes
)
select
  ('a1000000-0000-4000-8000-' || lpad(a.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  ('f0000000-0000-4000-8000-' || lpad(a.person_n::text, 12, '0'))::uuid,
  ('c0000000-0000-4000-8000-' || lpad(a.production_n::text, 12, '0'))::uuid,
  a.role,
  (current_date + a.call_day + s.shift + a.call_time)::timestamptz,
  (current_date + a.wrap_day + s.shift + a.wrap_time)::timestamptz,
  a.pre, a.post, a.status, a.certifications::text[], a.notes
from (values
  (1, 4, 1, 'Stage Manager', 1, time '08:30', 1, time '23:30', 0, 0, 'confirmed', '{}', null, false),
  (2, 5, 1, 'Deputy Stage Manager (on the book)', 1, time '09:00', 1, time '23:30', 0, 0, 'confirmed', '{}', null, false),
  (3, 5, 1, 'Deputy Stage Manager (notes session)', 2, time '08:00', 2, time '12:00', 0, 0, 'confirmed', '{}', 'Called 8.5 h after wrap.', false),
  (4, 8, 1, 'Chief Electrician', 1, time '08:00', 1, time '18:00', 0, 0, 'confirmed', '{electrical}', null, false),
  (5, 8, 3, 'Gala rig: chief LX', 1, time '16:00', 1, time '22:00', 30, 0, 'tentative', '{electrical}', 'Harbourside: 30 min travel.', false),
  (6, 13, 1, 'Head Rigger', 1, time '08:00', 1, time '17:00', 0, 0, 'confirmed', '{rigging,working_at_height}', null, false),
  (7, 14, 1, 'Rigger: flying rig', 4, time '08:00', 4, time '16:00', 0, 0, 'tentative', '{rigging}', 'Confirming is blocked until her ticket is renewed.', false),
  (8, 7, 1, 'Lighting Designer: focus session', 7, time '10:00', 7, time '18:00', 0, 0, 'invited', '{}', null, false),
  (9, 12, 1, 'Radio Mic Technician', 1, time '09:00', 1, time '19:00', 0, 0, 'confirmed', '{}', null, true),
  (10, 12, 1, 'Radio Mic Technician', 2, time '09:00', 2, time '19:00', 0, 0, 'confirmed', '{}', null, true),
  (11, 12, 1, 'Radio Mic Technician', 3, time '09:00', 3, time '22:00', 0, 0, 'confirmed', '{}', 'Dress rehearsal runs late.', true),
  (12, 12, 1, 'Radio Mic Technician', 4, time '09:00', 4, time '19:00', 0, 0, 'confirmed', '{}', null, true),
  (13, 12, 1, 'Radio Mic Technician', 5, time '09:00', 5, time '19:00', 0, 0, 'confirmed', '{}', null, true),
  (14, 12, 1, 'Radio Mic Technician', 6, time '09:00', 6, time '19:00', 0, 0, 'confirmed', '{}', null, true),
  (15, 12, 1, 'Radio Mic Technician', 7, time '09:00', 7, time '19:00', 0, 0, 'confirmed', '{}', 'Seventh day running.', true),
  (16, 2, 1, 'Technical Director', 1, time '08:00', 1, time '20:00', 0, 0, 'confirmed', '{}', null, false),
  (17, 20, 2, 'Production Electrician', 10, time '08:00', 10, time '20:00', 120, 120, 'tentative', '{electrical}', 'Bath: 2 h travel each way.', false),
  (18, 19, 5, 'Stage Crew', 5, time '12:00', 5, time '18:00', 0, 0, 'invited', '{forklift}', null, false)
) as a (n, person_n, production_n, role, call_day, call_time, wrap_day, wrap_time, pre, post, status, certifications, notes, next_week)
-- Aisha's seven days run Monday to Sunday of next week, so that the week's and the seventh day's rules show.
cross join lateral (
  select case when a.next_week then date_trunc('week', current_date)::date + 6 - current_date else 0 end as shift
) as s (shift)
order by a.n;

insert into public.personnel_assignments (id, workspace_id, created_by, person_id, production_id, role, call_at, wrap_at, status)
select
  ('a1000000-0000-4000-8000-' || lpad(a.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000002',
  '44444444-4444-4444-8444-444444444444',
  a.person_id::uuid,
  'c0000000-0000-4000-8000-000000000901',
  a.role,
  (current_date + 1 + time '12:00')::timestamptz,
  (current_date + 1 + time '23:59')::timestamptz,
  'confirmed'
from (values
  (901, 'f0000000-0000-4000-8000-000000000901', 'Tour Manager'),
  (902, 'f0000000-0000-4000-8000-000000000902', 'Lighting Director'),
  (903, 'f0000000-0000-4000-8000-000000000903', 'Monitor Engineer')
) as a (n, person_id, role);

-- ---------------------------------------------------------------------------------------------------------------
-- Site maps, access points and utilities of the locations; check-outs, maintenance and advances of the gear.
-- Main Stage's tell one story around Hamlet's tech week:
--   radio mics, a delay speaker, a moving head and a chain hoist are checked out to Hamlet and still out;
--   a MAC Aura came back from the Hamlet pre-rig with a cracked lens, so it sits in quarantine (maintenance) until
--   its repair is done;
--   the grandMA3 (asset 9) and a stage deck (27) are away for repair, their maintenance open;
--   Hamlet's advance has a request waiting for an admin, and approved, ordered, delivered and declined ones around it.
-- Check-outs and check-ins run their rules as they are inserted (20261203000500_asset_movements.sql): they go in
-- the order they happened, only available or in-use assets go out (never 1 or 25, whose bookings the conflict
-- engine's tests read), and each sets its asset's status. The first row of each workspace is the latest movement of
-- its asset, a check-out: the row-level security matrix deletes a workspace's first row and inserts it again.
-- Ids: 5a000000 site_maps, 1a000000 location_access, 1b000000 location_utilities, a6000000 asset_transactions,
-- a7000000 asset_maintenance, a8000000 production_advances.
-- ---------------------------------------------------------------------------------------------------------------

insert into public.site_maps (id, workspace_id, created_by, location_id, title, map_type, file_url, version, drawn_on, notes)
select
  ('5a000000-0000-4000-8000-' || lpad(m.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  ('10000000-0000-4000-8000-' || lpad(m.location_n::text, 12, '0'))::uuid,
  m.title, m.map_type, m.file_url, m.version,
  case when m.drawn_day is null then null else current_date + m.drawn_day end,
  m.notes
from (values
  (1, 2, 'Main House ground plan', 'floor_plan', 'https://files.northstar.test/plans/main-house-ground-plan.pdf', 'Rev D', -120,
   'Setting line, centre line and fire lanes marked; scale 1:50.'),
  (2, 2, 'Main House flying plot', 'rigging_plot', 'https://files.northstar.test/plans/main-house-flying-plot.pdf', 'Rev 7', -12,
   'Hamlet bars in red; the 1 t hoist points on the grid are numbered from stage left.'),
  (3, 2, 'Main House power and data', 'power', 'https://files.northstar.test/plans/main-house-power.pdf', 'Rev B', -300, null),
  (4, 1, 'Get-in route and stage door', 'access', 'https://files.northstar.test/plans/playhouse-access.pdf', '2', -400,
   'Cannon Lane to the scene dock; the route for wheelchairs from the stage door.'),
  (5, 3, 'Studio Theatre seating: thrust', 'seating', 'https://files.northstar.test/plans/studio-thrust.pdf', 'Rev A', -60,
   '148 seats on three sides; the front row comes out for wheelchair spaces.'),
  (6, 9, 'Harbourside stage and dock', 'floor_plan', 'https://harbourside.test/technical/stage-plan.pdf', '2026', -200,
   'From the venue''s technical pack, for the Gala.')
) as m (n, location_n, title, map_type, file_url, version, drawn_day, notes)
order by m.n;

insert into public.site_maps (id, workspace_id, created_by, location_id, title, map_type, version, drawn_on) values
  ('5a000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   '10000000-0000-4000-8000-000000000901', 'Rival Arena bowl plan', 'floor_plan', 'Rev 12', current_date - 90),
  ('5a000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   '10000000-0000-4000-8000-000000000902', 'Arena Floor rigging points', 'rigging_plot', 'Rev 4', current_date - 30),
  ('5a000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   '10000000-0000-4000-8000-000000000903', 'Arena Yard truck marshalling', 'access', '1', current_date - 200);

insert into public.location_access (
  id, workspace_id, created_by, location_id, name, access_type, hours, instructions, contact_name, contact_phone
)
select
  ('1a000000-0000-4000-8000-' || lpad(a.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  ('10000000-0000-4000-8000-' || lpad(a.location_n::text, 12, '0'))::uuid,
  a.name, a.access_type, a.hours, a.instructions, a.contact_name, a.contact_phone
from (values
  (1, 1, 'Stage door', 'door', '07:30-23:30 daily',
   'Sign in with the stage door keeper; passes from the production office.', 'Stage door keeper', '+44 117 496 0101'),
  (2, 1, 'Scene dock', 'loading_dock', '08:00-22:00; later by arrangement',
   'Reverse in from Cannon Lane. Takes a 40 ft trailer; dock height 1.2 m. No engines idling after 22:00 (neighbours).',
   'Marco Rossi', '+44 7700 900389'),
  (3, 2, 'Goods lift to the fly floor', 'lift', 'While the building is open',
   '2,000 kg, car 2.4 x 1.6 m. Key from the head rigger; never with people and a load together.', 'Declan Murphy', '+44 7700 900321'),
  (4, 8, 'Warehouse yard gate', 'gate', 'Mon-Fri 08:00-17:00',
   'Gate code from the production office; the forklift is kept by bay 3.', 'Production office', '+44 117 496 0100'),
  (5, 9, 'Harbourside get-in', 'loading_dock', 'From 07:00 on show days',
   'Via the harbour road; book a slot with the venue 48 hours ahead.', 'Harbourside technical manager', '+44 117 496 0250')
) as a (n, location_n, name, access_type, hours, instructions, contact_name, contact_phone)
order by a.n;

insert into public.location_access (id, workspace_id, created_by, location_id, name, access_type, hours) values
  ('1a000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   '10000000-0000-4000-8000-000000000901', 'Artist entrance', 'door', '24 hours on show days'),
  ('1a000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   '10000000-0000-4000-8000-000000000902', 'Vomitory ramp', 'loading_dock', 'Load-in and load-out only'),
  ('1a000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   '10000000-0000-4000-8000-000000000903', 'Yard gate', 'gate', '06:00-02:00');

insert into public.location_utilities (
  id, workspace_id, created_by, location_id, name, utility_type, capacity, details, last_inspected_on
)
select
  ('1b000000-0000-4000-8000-' || lpad(u.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  ('10000000-0000-4000-8000-' || lpad(u.location_n::text, 12, '0'))::uuid,
  u.name, u.utility_type, u.capacity, u.details,
  case when u.inspected_day is null then null else current_date + u.inspected_day end
from (values
  (1, 2, 'Stage left company switch', 'power', 'Powerlock 400 A, three-phase',
   'Also 2 x 63 A three-phase and 6 x 32 A single-phase CEE outlets. Isolator key with the chief LX.', -45),
  (2, 2, 'Fly tower grid', 'rigging', '24 points, 1 t WLL each', 'Grid at 18 m; 48 counterweight sets, 500 kg per bar.', -200),
  (3, 2, 'Stage tie lines', 'data', 'Cat6 x 8, OM3 fibre x 12 cores to FOH', 'Patch in the stage left rack.', null),
  (4, 1, 'Scene dock water', 'water', '22 mm cold feed', 'For the paint frame and cleaning the haze machines.', -300),
  (5, 9, 'Harbourside stage power', 'power', 'Powerlock 200 A', 'Shared with the venue''s house rig: ask before the Gala.', -380)
) as u (n, location_n, name, utility_type, capacity, details, inspected_day)
order by u.n;

insert into public.location_utilities (id, workspace_id, created_by, location_id, name, utility_type, capacity, last_inspected_on) values
  ('1b000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   '10000000-0000-4000-8000-000000000901', 'Roof steel', 'rigging', '120 points, 2 t each', current_date - 150),
  ('1b000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   '10000000-0000-4000-8000-000000000902', 'Upstage power', 'power', '2 x Powerlock 400 A', current_date - 40),
  ('1b000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   '10000000-0000-4000-8000-000000000903', 'Truck shore power', 'power', '4 x 63 A', null);

-- In the order they happened, each judged against the asset's movements before it.
insert into public.asset_transactions (
  id, workspace_id, created_by, title, asset_id, transaction_type, person_id, production_id, happened_at, due_back_at,
  condition, notes
)
select
  ('a6000000-0000-4000-8000-' || lpad(t.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '22222222-2222-4222-8222-222222222222',
  null,
  ('a5000000-0000-4000-8000-' || lpad(t.asset_n::text, 12, '0'))::uuid,
  t.transaction_type,
  ('f0000000-0000-4000-8000-' || lpad(t.person_n::text, 12, '0'))::uuid,
  ('c0000000-0000-4000-8000-' || lpad(t.production_n::text, 12, '0'))::uuid,
  (current_date + t.day + t.at)::timestamptz,
  case when t.due_day is null then null else (current_date + t.due_day + time '18:00')::timestamptz end,
  t.condition, t.notes
from (values
  (1, 3, 'check_out', 12, 1, -2, time '10:00', 30, 'good', 'Radio mic packs for the company; charged nightly at the rack.'),
  (2, 6, 'check_out', 12, 1, -2, time '10:05', 30, 'good', null),
  (3, 16, 'check_out', 8, 1, -12, time '09:00', -4, 'good', 'For the Hamlet pre-rig.'),
  (4, 16, 'check_in', 8, 1, -5, time '17:30', null, 'damaged', 'Front lens cracked on the get-out; quarantined until repaired.'),
  (5, 20, 'check_out', 13, 1, -9, time '08:00', -5, 'good', null),
  (6, 20, 'check_in', 13, 1, -5, time '18:00', null, 'good', null),
  (7, 7, 'check_out', 11, 1, -1, time '09:00', 30, 'good', 'Delay speaker for the circle.'),
  (8, 11, 'check_out', 8, 1, -1, time '11:00', 30, 'good', null),
  (9, 23, 'check_out', 13, 1, -1, time '14:00', 30, 'good', 'Flying rig: the Ghost''s entrance.'),
  (10, 14, 'check_out', 8, 3, -20, time '09:00', -15, 'good', 'Gala test rig at Harbourside.'),
  (11, 14, 'check_in', 8, 3, -14, time '16:00', null, 'worn', 'Pan belt noisy; booked in for a service.'),
  (12, 26, 'check_out', 18, 2, -3, time '10:00', 12, 'good', 'Tour video system, with the spare power supply.')
) as t (n, asset_n, transaction_type, person_n, production_n, day, at, due_day, condition, notes)
order by (current_date + t.day + t.at);

insert into public.asset_transactions (
  id, workspace_id, created_by, title, asset_id, transaction_type, person_id, production_id, event_id, happened_at,
  due_back_at, condition
)
select
  ('a6000000-0000-4000-8000-' || lpad(t.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000002',
  '44444444-4444-4444-8444-444444444444',
  null, t.asset_id::uuid, t.transaction_type, t.person_id::uuid,
  'c0000000-0000-4000-8000-000000000901', t.event_id::uuid,
  (current_date + t.day + time '12:00')::timestamptz,
  case when t.due_day is null then null else (current_date + t.due_day + time '12:00')::timestamptz end,
  t.condition
from (values
  (901, 'a5000000-0000-4000-8000-000000000902', 'check_out', 'f0000000-0000-4000-8000-000000000902',
   'e0000000-0000-4000-8000-000000000901', -1, 4, 'good'),
  (902, 'a5000000-0000-4000-8000-000000000904', 'check_out', 'f0000000-0000-4000-8000-000000000904', null, -6, -2, 'good'),
  (903, 'a5000000-0000-4000-8000-000000000904', 'check_in', 'f0000000-0000-4000-8000-000000000904', null, -2, null, 'good')
) as t (n, asset_id, transaction_type, person_id, event_id, day, due_day, condition)
order by t.day;

-- After the movements, so the open repair of the lantern damaged on Hamlet keeps it in quarantine.
insert into public.asset_maintenance (
  id, workspace_id, created_by, asset_id, title, maintenance_type, status, scheduled_on, completed_on, cost, performed_by, notes
)
select
  ('a7000000-0000-4000-8000-' || lpad(m.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '22222222-2222-4222-8222-222222222222',
  ('a5000000-0000-4000-8000-' || lpad(m.asset_n::text, 12, '0'))::uuid,
  m.title, m.maintenance_type, m.status,
  case when m.scheduled_day is null then null else current_date + m.scheduled_day end,
  case when m.completed_day is null then null else current_date + m.completed_day end,
  m.cost, m.performed_by, m.notes
from (values
  (1, 9, 'Fader wing repair', 'repair', 'in_progress', -6, null, null, 'MA Lighting service centre', 'Sent for service; back in two weeks.'),
  (2, 27, 'Replace the split deck surface', 'repair', 'scheduled', 3, null, null, 'Marco Rossi', null),
  (3, 16, 'Replace the cracked front lens', 'repair', 'scheduled', 2, null, 85.00, 'Hannah Kowalski', 'Damaged on the Hamlet get-out; lens ordered.'),
  (4, 14, 'Pan belt and fan service', 'service', 'scheduled', 7, null, null, 'Hannah Kowalski', null),
  (5, 23, 'LOLER thorough examination', 'inspection', 'done', -62, -60, 180.00, 'Hoist Services Ltd', 'Next due in six months.'),
  (6, 4, 'PAT test: charger and PSU', 'pat_test', 'done', -100, -100, 12.50, 'Northstar electrics', null),
  (7, 2, 'Annual console service', 'service', 'scheduled', 21, null, 650.00, 'Yamaha Pro Audio', 'Quote accepted; collect from the store.'),
  (8, 12, 'Firmware update', 'other', 'cancelled', -10, null, null, null, 'Done on the rig instead; no downtime needed.')
) as m (n, asset_n, title, maintenance_type, status, scheduled_day, completed_day, cost, performed_by, notes)
order by m.n;

insert into public.asset_maintenance (id, workspace_id, created_by, asset_id, title, maintenance_type, status, scheduled_on, completed_on)
values
  ('a7000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'a5000000-0000-4000-8000-000000000905', '500-hour generator service', 'service', 'in_progress', current_date - 2, null),
  ('a7000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'a5000000-0000-4000-8000-000000000901', 'Flying hardware inspection', 'inspection', 'scheduled', current_date + 5, null),
  ('a7000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'a5000000-0000-4000-8000-000000000903', 'Replace a dead LED panel', 'repair', 'done', current_date - 12, current_date - 10);

insert into public.production_advances (
  id, workspace_id, created_by, production_id, item, quantity, asset_id, needed_by, status, requested_by, notes
)
select
  ('a8000000-0000-4000-8000-' || lpad(a.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  a.requested_by::uuid,
  ('c0000000-0000-4000-8000-' || lpad(a.production_n::text, 12, '0'))::uuid,
  a.item, a.quantity,
  case when a.asset_n is null then null else ('a5000000-0000-4000-8000-' || lpad(a.asset_n::text, 12, '0'))::uuid end,
  current_date + a.needed_day, a.status, a.requested_by::uuid, a.notes
from (values
  (1, 1, 'Radio mics (ULXD2/B58), extra', 6, null, 1, 'requested', '22222222-2222-4222-8222-222222222222',
   'Two more than the stock kit for the ensemble scenes.'),
  (2, 1, 'Haze machine (MDG ATMe)', 1, null, 1, 'approved', '22222222-2222-4222-8222-222222222222', 'Hire for the run.'),
  (3, 2, 'Barco UDX-4K32 projector', 1, 25, 10, 'approved', '22222222-2222-4222-8222-222222222222', 'Our own, for the tour.'),
  (4, 3, 'Extra 1 t chain hoists', 4, null, 3, 'ordered', '22222222-2222-4222-8222-222222222222', 'Hired from Hoist Services Ltd.'),
  (5, 4, 'Snow machines', 2, null, 14, 'requested', '11111111-1111-4111-8111-111111111111', null),
  (6, 5, 'Flash pots', 4, null, 5, 'declined', '22222222-2222-4222-8222-222222222222',
   'No pyrotechnics licence for the Studio; lighting will make the effect.'),
  (7, 1, 'Black gaffer tape, 50 mm', 24, null, -3, 'delivered', '22222222-2222-4222-8222-222222222222', null)
) as a (n, production_n, item, quantity, asset_n, needed_day, status, requested_by, notes)
order by a.n;

insert into public.production_advances (id, workspace_id, created_by, production_id, item, quantity, needed_by, status, requested_by)
values
  ('a8000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'c0000000-0000-4000-8000-000000000901', 'Confetti cannons', 4, current_date + 1, 'requested', '44444444-4444-4444-8444-444444444444'),
  ('a8000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'c0000000-0000-4000-8000-000000000901', 'Follow spots', 2, current_date + 1, 'approved', '44444444-4444-4444-8444-444444444444'),
  ('a8000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'c0000000-0000-4000-8000-000000000902', 'Ice resurfacer', 1, current_date + 10, 'ordered', '44444444-4444-4444-8444-444444444444');

-- ---------------------------------------------------------------------------------------------------------------
-- Teams, timesheets, hiring, permits and risk assessments. Main Stage's show each rule:
--   last week's timesheets: Hannah Kowalski, Declan Murphy, Jonas Becker and Marco Rossi have entries Alice
--   approved, Priya Raman, Hannah, Declan and Sam Whitaker entries awaiting approval, Jonas one rejected (wrong
--   clock-out) and Sam a draft he has not submitted;
--   the Tempest tour's Production Electrician post is open with three applicants, the Wardrobe Assistant post is still
--   a draft, the Hamlet flying operator post is filled (its applicant hired);
--   Macbeth's pyrotechnics permit lapses in three weeks; the Hamlet flying rig risk assessment is in review.
-- The entries, and the sign-offs, Alice decided are written with her stamps: the seed runs as the owner, whom the
-- rules trust with them.
-- Ids: 7e000000 teams, 7f000000 time_entries, 70000000 job_openings, 71000000 job_applicants,
-- c3000000 project_compliance, c4000000 project_safety.
-- ---------------------------------------------------------------------------------------------------------------

insert into public.teams (id, workspace_id, created_by, name, department, lead_id, production_id, description)
select
  ('7e000000-0000-4000-8000-' || lpad(t.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  t.name, t.department,
  ('f0000000-0000-4000-8000-' || lpad(t.lead_n::text, 12, '0'))::uuid,
  case when t.production_n is null then null else ('c0000000-0000-4000-8000-' || lpad(t.production_n::text, 12, '0'))::uuid end,
  t.description
from (values
  (1, 'Lighting crew', 'lighting', 8, null, 'House electrics: rig, focus and maintenance of the Main House and Studio rigs.'),
  (2, 'Sound department', 'sound', 11, null, 'FOH and monitor mixing, radio mics and the show relay.'),
  (3, 'Rigging and flying', 'rigging', 13, 1, 'Hamlet''s flying rig and the ghost''s flight; LOLER inspections.'),
  (4, 'Hamlet stage management', 'stage_management', 4, 1, 'Book, prompt desk and running the show.'),
  (5, 'Tempest touring crew', 'production', 2, 2, 'Gets the show in and out of each venue on the tour.'),
  (6, 'Scenic workshop', 'scenic', 17, null, 'Builds and maintains scenery at the Northstar Warehouse.')
) as t (n, name, department, lead_n, production_n, description)
order by t.n;

insert into public.teams (id, workspace_id, created_by, name, department, lead_id, production_id)
values
  ('7e000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Arena production office', 'production', 'f0000000-0000-4000-8000-000000000901', null),
  ('7e000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Arena Rock lighting', 'lighting', 'f0000000-0000-4000-8000-000000000902', 'c0000000-0000-4000-8000-000000000901'),
  ('7e000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Arena riggers', 'rigging', 'f0000000-0000-4000-8000-000000000904', null);

-- Last week, Monday (day 0) to Sunday (day 6). Alice reviewed each decided entry the morning after.
insert into public.time_entries (
  id, workspace_id, created_by, title, person_id, clock_in, clock_out, break_minutes, status, approved_by, approved_at,
  notes
)
select
  ('7f000000-0000-4000-8000-' || lpad(e.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  e.title,
  ('f0000000-0000-4000-8000-' || lpad(e.person_n::text, 12, '0'))::uuid,
  (w.monday + e.day + e.clock_in)::timestamptz,
  (w.monday + e.day + e.clock_out)::timestamptz,
  e.break_minutes, e.status,
  case when e.status in ('approved', 'rejected') then '11111111-1111-4111-8111-111111111111'::uuid end,
  case when e.status in ('approved', 'rejected') then (w.monday + e.day + 1 + time '10:00')::timestamptz end,
  e.notes
from (values
  (1, 4, 'Hamlet: tech prep', 0, time '08:30', time '18:30', 60, 'submitted', null),
  (2, 8, 'Hamlet: rig', 0, time '08:00', time '18:00', 60, 'approved', null),
  (3, 8, 'Hamlet: focus', 1, time '08:00', time '20:30', 45, 'approved', 'Focus overran by two hours.'),
  (4, 8, 'Studio: maintenance', 2, time '09:00', time '17:00', 30, 'submitted', null),
  (5, 13, 'Hamlet: flying rig', 0, time '07:30', time '17:30', 60, 'approved', null),
  (6, 13, 'Hamlet: flying rig', 1, time '07:30', time '16:00', 30, 'submitted', null),
  (7, 11, 'Midsummer Gala: sound check', 3, time '12:00', time '23:00', 60, 'approved', null),
  (8, 11, 'Midsummer Gala: concert', 4, time '12:00', time '23:30', 60, 'rejected', 'The show came down at 22:45: please correct the clock-out.'),
  (9, 17, 'Warehouse: Macbeth set build', 2, time '08:00', time '17:00', 60, 'approved', null),
  (10, 19, 'Warehouse: stock move', 4, time '08:00', time '14:00', 0, 'submitted', null),
  (11, 19, 'Hamlet: stage crew', 6, time '10:00', time '16:00', 30, 'draft', 'Not submitted yet.')
) as e (n, person_n, title, day, clock_in, clock_out, break_minutes, status, notes)
cross join (select date_trunc('week', current_date)::date - 7 as monday) as w
order by e.n;

insert into public.time_entries (
  id, workspace_id, created_by, title, person_id, clock_in, clock_out, break_minutes, status, approved_by, approved_at
)
select
  ('7f000000-0000-4000-8000-' || lpad(e.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000002',
  '44444444-4444-4444-8444-444444444444',
  e.title, e.person_id::uuid,
  (current_date - 3 + time '12:00')::timestamptz,
  (current_date - 3 + time '23:00')::timestamptz,
  60, e.status,
  case when e.status = 'approved' then '44444444-4444-4444-8444-444444444444'::uuid end,
  case when e.status = 'approved' then (current_date - 2 + time '09:00')::timestamptz end
from (values
  (901, 'f0000000-0000-4000-8000-000000000901', 'Arena Rock: advance', 'approved'),
  (902, 'f0000000-0000-4000-8000-000000000902', 'Arena Rock: pre-programming', 'submitted'),
  (903, 'f0000000-0000-4000-8000-000000000903', 'Arena Rock: line check', 'draft')
) as e (n, person_id, title, status);

insert into public.job_openings (
  id, workspace_id, created_by, title, department, production_id, employment_type, status, opens_on, closes_on, day_rate,
  description
)
select
  ('70000000-0000-4000-8000-' || lpad(o.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  o.title, o.department,
  case when o.production_n is null then null else ('c0000000-0000-4000-8000-' || lpad(o.production_n::text, 12, '0'))::uuid end,
  o.employment_type, o.status, current_date + o.opens_day, current_date + o.closes_day, o.day_rate, o.description
from (values
  (1, 'Production Electrician: The Tempest tour', 'lighting', 2, 'freelance', 'open', -7, 14, 280.00,
   'Twelve weeks on the road; BS 7909 required.'),
  (2, 'Deputy Stage Manager: A Christmas Carol', 'stage_management', 4, 'crew', 'open', -3, 21, 260.00,
   'On the book for the Christmas run, including schools matinees.'),
  (3, 'Wardrobe Assistant', 'wardrobe', null, 'staff', 'draft', 7, 35, 180.00,
   'Maintenance, laundry and quick changes across the season.'),
  (4, 'Flying operator: Hamlet', 'rigging', 1, 'crew', 'filled', -30, -10, 230.00,
   'Counterweight flying for the ghost and the cloth calls.'),
  (5, 'Video Technician: Midsummer Gala', 'video', 3, 'freelance', 'closed', -40, -12, 320.00,
   'Camera and IMAG for one night at Harbourside.')
) as o (n, title, department, production_n, employment_type, status, opens_day, closes_day, day_rate, description)
order by o.n;

insert into public.job_openings (id, workspace_id, created_by, title, department, production_id, employment_type, status, opens_on, closes_on, day_rate)
values
  ('70000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Follow spot operators: Arena Rock', 'lighting', 'c0000000-0000-4000-8000-000000000901', 'crew', 'open',
   current_date - 5, current_date + 10, 200.00),
  ('70000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Stage hands: Arena Rock', 'production', 'c0000000-0000-4000-8000-000000000901', 'crew', 'open',
   current_date - 10, current_date + 5, 160.00),
  ('70000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Arena rigger', 'rigging', null, 'contractor', 'draft', null, null, 380.00);

-- Openings first: an applicant is hired only into an open (or filled) opening.
insert into public.job_applicants (id, workspace_id, created_by, opening_id, full_name, email, phone, stage, rating, notes)
select
  ('71000000-0000-4000-8000-' || lpad(a.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  ('70000000-0000-4000-8000-' || lpad(a.opening_n::text, 12, '0'))::uuid,
  a.full_name,
  lower(split_part(a.full_name, ' ', 1)) || '.' || lower(split_part(a.full_name, ' ', 2)) || '@mail.test',
  '+44 7700 900' || lpad((500 + a.n * 13)::text, 3, '0'),
  a.stage, a.rating, a.notes
from (values
  (1, 1, 'Ines Carvalho', 'interview', 4, 'Toured with Bristol Old Vic; interview on Thursday.'),
  (2, 1, 'Tobias Greene', 'screening', 3, null),
  (3, 1, 'Fatima Noor', 'applied', null, null),
  (4, 2, 'Oliver Brandt', 'offer', 5, 'Offer sent; awaiting reply.'),
  (5, 2, 'Chloe Dubois', 'rejected', 2, 'No calling experience yet.'),
  (6, 4, 'Rhys Morgan', 'hired', 4, 'Starts on the Hamlet tech.'),
  (7, 5, 'Yuki Tanaka', 'rejected', 3, 'Unavailable on the night.')
) as a (n, opening_n, full_name, stage, rating, notes)
order by a.n;

insert into public.job_applicants (id, workspace_id, created_by, opening_id, full_name, email, stage, rating)
values
  ('71000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   '70000000-0000-4000-8000-000000000901', 'Dana Price', 'dana.price@mail.test', 'applied', null),
  ('71000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   '70000000-0000-4000-8000-000000000901', 'Leo Marsh', 'leo.marsh@mail.test', 'interview', 4),
  ('71000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   '70000000-0000-4000-8000-000000000902', 'Nina Volkova', 'nina.volkova@mail.test', 'hired', 5);

insert into public.project_compliance (
  id, workspace_id, created_by, production_id, title, compliance_type, issuer, reference, status, valid_from,
  valid_until, notes
)
select
  ('c3000000-0000-4000-8000-' || lpad(c.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  ('c0000000-0000-4000-8000-' || lpad(c.production_n::text, 12, '0'))::uuid,
  c.title, c.compliance_type, c.issuer, c.reference, c.status,
  current_date + c.from_day, current_date + c.until_day, c.notes
from (values
  (1, 1, 'Premises licence: Northstar Playhouse', 'licence', 'Bristol City Council', 'PL-0192', 'approved', -700, 400, null),
  (2, 5, 'Pyrotechnics permit: witches'' flashes', 'permit', 'Avon Fire & Rescue Service', 'AFR-PY-3381', 'approved', -20, 21,
   'Renew before the Macbeth run is extended.'),
  (3, 2, 'Public liability insurance: touring', 'insurance', 'Hiscox', 'PLI-77410', 'approved', -180, 185, '£10m cover; venues ask for the schedule.'),
  (4, 3, 'Road closure: Harbourside load-in', 'permit', 'Bristol City Council Highways', 'TTRO-2291', 'pending', 40, 41, null),
  (5, 4, 'Child performance licences', 'licence', 'Bristol City Council', 'CPL-1140', 'pending', 20, 80,
   'Eight children; chaperones named in the application.'),
  (6, 2, 'PAT testing certificate: touring electrics', 'certificate', 'Northstar Electrical Services', 'PAT-2231', 'expired', -400, -35,
   'Retest booked before the tour leaves.')
) as c (n, production_n, title, compliance_type, issuer, reference, status, from_day, until_day, notes)
order by c.n;

insert into public.project_compliance (id, workspace_id, created_by, production_id, title, compliance_type, issuer, status, valid_from, valid_until)
values
  ('c3000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'c0000000-0000-4000-8000-000000000901', 'Premises licence: Rival Arena', 'licence', 'Manchester City Council', 'approved',
   current_date - 300, current_date + 430),
  ('c3000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'c0000000-0000-4000-8000-000000000901', 'Crowd management plan approval', 'permit', 'Safety Advisory Group', 'pending',
   null, null),
  ('c3000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'c0000000-0000-4000-8000-000000000901', 'Event liability insurance', 'insurance', 'Aviva', 'approved',
   current_date - 60, current_date + 305);

insert into public.project_safety (
  id, workspace_id, created_by, production_id, title, document_type, risk_level, status, signed_off_by, signed_off_at,
  review_due, notes
)
select
  ('c4000000-0000-4000-8000-' || lpad(s.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  ('c0000000-0000-4000-8000-' || lpad(s.production_n::text, 12, '0'))::uuid,
  s.title, s.document_type, s.risk_level, s.status,
  case when s.status = 'signed_off' then '11111111-1111-4111-8111-111111111111'::uuid end,
  case when s.status = 'signed_off' then (current_date + s.signed_day + time '11:00')::timestamptz end,
  current_date + s.review_day, s.notes
from (values
  (1, 1, 'Flying rig: the ghost''s flight', 'risk_assessment', 'high', 'review', null, 5,
   'Declan to confirm the secondary suspension before sign-off.'),
  (2, 1, 'Stage combat: the final duel', 'risk_assessment', 'medium', 'signed_off', -10, 60, 'Fight director present at every call.'),
  (3, 5, 'Pyrotechnics: witches'' flashes', 'method_statement', 'high', 'draft', null, 14, null),
  (4, 2, 'Touring safety plan', 'safety_plan', 'medium', 'signed_off', -30, 90, 'Venue-specific addenda per tour date.'),
  (5, 4, 'Child performers: chaperoning and changes', 'risk_assessment', 'low', 'draft', null, 30, null)
) as s (n, production_n, title, document_type, risk_level, status, signed_day, review_day, notes)
order by s.n;

insert into public.project_safety (id, workspace_id, created_by, production_id, title, document_type, risk_level, status, signed_off_by, signed_off_at, review_due)
values
  ('c4000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'c0000000-0000-4000-8000-000000000901', 'Arena load-in', 'risk_assessment', 'high', 'signed_off',
   '44444444-4444-4444-8444-444444444444', (current_date - 7 + time '15:00')::timestamptz, current_date + 30),
  ('c4000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'c0000000-0000-4000-8000-000000000901', 'Crowd barrier installation', 'method_statement', 'medium', 'review',
   null, null, current_date + 3),
  ('c4000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'c0000000-0000-4000-8000-000000000901', 'Event safety plan', 'safety_plan', 'medium', 'draft',
   null, null, current_date + 14);

-- ---------------------------------------------------------------------------------------------------------------
-- Show day: the rundown of Main Stage's next performance (and Arena Rock's first show), its runtime (armed), and
-- incidents.
-- Ids: 5e000000 run_of_show, 1c000000 incidents.
-- ---------------------------------------------------------------------------------------------------------------

insert into public.run_of_show (
  id, workspace_id, created_by, event_id, position, title, item_type, departments, planned_seconds, start_type,
  hard_start_at, standby_note, go_note, script_ref, lx_cue, sound_cue, video_cue, flys_cue, automation_cue
)
select
  ('5e000000-0000-4000-8000-' || lpad(c.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  show.id, c.position, c.title, c.item_type, c.departments, c.planned_seconds, c.start_type,
  case when c.start_type = 'hard' then show.starts_at end,
  c.standby_note, c.go_note, c.script_ref, c.lx, c.sq, c.video, c.flys, c.automation
from (
  select e.id, e.starts_at from public.events e
  where e.workspace_id = 'b0000000-0000-4000-8000-000000000001' and e.event_type = 'performance' and e.status <> 'cancelled'
    and e.starts_at >= current_date
  order by e.starts_at
  limit 1
) show
cross join (values
  (1, 'a0', 'Beginners to the stage', 'segment', array['stage_management', 'stage', 'wardrobe'], 300, 'soft', null, null, null, null, null, null, null, null),
  (2, 'a1', 'House to half', 'cue', array['lighting', 'sound', 'front_of_house'], 60, 'hard', 'Standby LX 1, SQ 1', 'House lights to half; pre-show music out', 'p. 1', '1', '1', null, null, null),
  (3, 'a2', 'Act one: the battlements', 'segment', array['lighting', 'sound', 'flys'], 1500, 'soft', 'Standby LX 2, SQ 2, Fly Q 1', 'Battlements state; wind; gauze out', 'p. 3', '2', '2', null, '1', null),
  (4, 'a3', 'Ghost entrance', 'cue', array['lighting', 'sound', 'automation'], 90, 'soft', 'Standby LX 5, SQ 4, Auto 1', 'Ghost special; trap down', 'p. 7', '5', '4', null, null, '1'),
  (5, 'a4', 'Court scene', 'segment', array['lighting', 'video', 'flys'], 1800, 'soft', 'Standby LX 9, VQ 1, Fly Q 2', 'Court state; portraits projection', 'p. 11', '9', null, '1', '2', null),
  (6, 'a5', 'Interval', 'break', array['front_of_house', 'stage'], 1200, 'soft', 'Standby FOH bars', 'House lights up; bars open', null, '12', '8', null, null, null),
  (7, 'a6', 'Act two: the play within the play', 'segment', array['lighting', 'sound', 'stage'], 2100, 'soft', 'Standby LX 20, SQ 10', 'Players'' stage state', 'p. 52', '20', '10', null, null, null),
  (8, 'a7', 'Curtain call', 'cue', array['lighting', 'sound', 'stage_management'], 240, 'soft', 'Standby LX 47, SQ 12', 'Bows; house lights up on the last', 'p. 98', '47', '12', null, null, null)
) as c (n, position, title, item_type, departments, planned_seconds, start_type, standby_note, go_note, script_ref, lx, sq, video, flys, automation);

insert into public.run_of_show (id, workspace_id, created_by, event_id, position, title, item_type, departments, planned_seconds, go_note, lx_cue, sound_cue)
values
  ('5e000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'e0000000-0000-4000-8000-000000000901', 'a0', 'Doors', 'segment', array['front_of_house'], 3600, 'Doors open', null, null),
  ('5e000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'e0000000-0000-4000-8000-000000000901', 'a1', 'Support act', 'segment', array['lighting', 'sound'], 2700, 'Support walk-on', '1', '1'),
  ('5e000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'e0000000-0000-4000-8000-000000000901', 'a2', 'Headline set', 'segment', array['lighting', 'sound', 'video'], 6300, 'Intro video; kabuki drop', '10', '5');

-- The show's crew, called on the performance itself and wrapping 30 minutes after it, so that running late shows its
-- cost: four of them are within 20 minutes of the 8-hour line, Mei Lin is over it already, Grace has hours to spare.
insert into public.personnel_assignments (id, workspace_id, created_by, person_id, production_id, event_id, role, call_at, wrap_at, status)
select
  ('a1000000-0000-4000-8000-' || lpad(c.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '11111111-1111-4111-8111-111111111111',
  ('f0000000-0000-4000-8000-' || lpad(c.person_n::text, 12, '0'))::uuid,
  show.production_id, show.id, c.role,
  show.ends_at + interval '30 minutes' - c.length, show.ends_at + interval '30 minutes', 'confirmed'
from (
  select e.id, e.production_id, e.ends_at from public.events e
  where e.workspace_id = 'b0000000-0000-4000-8000-000000000001' and e.event_type = 'performance' and e.status <> 'cancelled'
    and e.starts_at >= current_date
  order by e.starts_at
  limit 1
) show
cross join (values
  (19, 6, 'Show crew: ASM (prompt side)', interval '7 hours 50 minutes'),
  (20, 9, 'Show crew: LX operator', interval '7 hours 45 minutes'),
  (21, 15, 'Show crew: flys', interval '7 hours 55 minutes'),
  (22, 18, 'Show crew: video operator', interval '7 hours 50 minutes'),
  (23, 10, 'Show crew: sound operator', interval '9 hours'),
  (24, 16, 'Show crew: wardrobe', interval '6 hours')
) as c (n, person_n, role, length);

-- Both rundowns' shows are armed: Main Stage's waits for its caller, Arena Rock's is Mallory's to call.
insert into public.show_runtimes (event_id, workspace_id, caller_id, state)
select distinct r.event_id, r.workspace_id,
       case when r.workspace_id = 'b0000000-0000-4000-8000-000000000002' then '44444444-4444-4444-8444-444444444444'::uuid end,
       'armed'
from public.run_of_show r;

insert into public.show_runtime_log (event_id, workspace_id, actor_id, action, at)
select r.event_id, r.workspace_id,
       case when r.workspace_id = 'b0000000-0000-4000-8000-000000000002' then '44444444-4444-4444-8444-444444444444'::uuid
            else '11111111-1111-4111-8111-111111111111'::uuid end,
       case when r.caller_id is null then 'arm' else 'claim' end,
       now() - interval '1 hour'
from public.show_runtimes r;

insert into public.incidents (
  id, workspace_id, created_by, title, event_id, run_of_show_id, occurred_at, severity, department, person_id, asset_id,
  asset_damaged, status, report
)
select
  ('1c000000-0000-4000-8000-' || lpad(i.n::text, 12, '0'))::uuid,
  'b0000000-0000-4000-8000-000000000001',
  '22222222-2222-4222-8222-222222222222',
  i.title, c.event_id, c.id, c.hard_start_at_or_now + i.offset_minutes * interval '1 minute', i.severity, i.department,
  case when i.person_n is null then null else ('f0000000-0000-4000-8000-' || lpad(i.person_n::text, 12, '0'))::uuid end,
  case when i.asset_n is null then null else ('a5000000-0000-4000-8000-' || lpad(i.asset_n::text, 12, '0'))::uuid end,
  false, i.status, i.report
from (values
  (1, 3, 'Gauze snagged on the flying-out', 'moderate', 'flys', 13, null, 'resolved', 0, 'Freed by hand; re-dressed in the interval.'),
  (2, 4, 'Trap slow to descend', 'minor', 'automation', 17, null, 'open', 2, 'About 3 s late; check the drive before the next show.'),
  (3, 6, 'Patron taken ill in row F', 'major', 'front_of_house', null, null, 'resolved', 5, 'First aider attended; patron left with a companion.')
) as i (n, cue_n, title, severity, department, person_n, asset_n, status, offset_minutes, report)
join lateral (
  select r.id, r.event_id, coalesce((select e.starts_at from public.events e where e.id = r.event_id), now()) as hard_start_at_or_now
  from public.run_of_show r where r.id = ('5e000000-0000-4000-8000-' || lpad(i.cue_n::text, 12, '0'))::uuid
) c on true;

insert into public.incidents (id, workspace_id, created_by, title, event_id, run_of_show_id, occurred_at, severity, department, status)
values
  ('1c000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Barrier surge, pit left', 'e0000000-0000-4000-8000-000000000901', '5e000000-0000-4000-8000-000000000903',
   current_date + 1 + time '21:10', 'major', 'front_of_house', 'resolved'),
  ('1c000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'IEM pack failure', 'e0000000-0000-4000-8000-000000000901', '5e000000-0000-4000-8000-000000000902',
   current_date + 1 + time '20:15', 'minor', 'sound', 'resolved'),
  ('1c000000-0000-4000-8000-000000000903', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'Merch queue blocking fire exit', 'e0000000-0000-4000-8000-000000000901', null,
   current_date + 1 + time '19:05', 'moderate', 'front_of_house', 'open');

-- ---------------------------------------------------------------------------------------------------------------
-- Custom field definitions (the values above use these keys). A checkbox needs no default: no value is unchecked.
-- ---------------------------------------------------------------------------------------------------------------

insert into public.custom_fields (
  id, workspace_id, module, name, label, field_type, options, config, is_required, default_value, position
) values
  ('cf000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'project_tasks', 'department',
   'Department', 'single_select',
   '[{"value": "production", "label": "Production", "color": "gray"},
     {"value": "stage_management", "label": "Stage management", "color": "blue"},
     {"value": "lighting", "label": "Lighting", "color": "yellow"},
     {"value": "sound", "label": "Sound", "color": "purple"},
     {"value": "rigging", "label": "Rigging", "color": "red"},
     {"value": "wardrobe", "label": "Wardrobe", "color": "pink"},
     {"value": "scenic", "label": "Scenic", "color": "green"},
     {"value": "video", "label": "Video", "color": "teal"}]',
   '{}', false, null, 'a0'),
  ('cf000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 'project_tasks', 'requires_crew_call',
   'Crew call needed', 'checkbox', '[]', '{}', false, null, 'a1'),
  ('cf000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', 'productions', 'box_office_target',
   'Box office target', 'currency', '[]', '{"currency": "GBP", "precision": 0}', false, null, 'a0'),
  ('cf000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000001', 'assets', 'serial_number',
   'Serial number', 'text', '[]', '{}', false, null, 'a0'),
  ('cf000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', 'events', 'broadcast_rights',
   'Broadcast rights cleared', 'checkbox', '[]', '{}', false, null, 'a0');

-- ---------------------------------------------------------------------------------------------------------------
-- Saved views, in the app's current shape (version 1, src/views/engine/savedView.ts): `filters` a tree of AND/OR
-- groups of { field, operator, value } conditions, `sorts` [{ field, direction }], `group_by` { field, collapsed },
-- `config` { fields, options } (no fields listed: every field, in the module's order).
-- ---------------------------------------------------------------------------------------------------------------

insert into public.views (
  id, workspace_id, module, view_type, name, filters, sorts, group_by, config, is_shared, is_locked, owner_id, position
) values
  ('0f000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'project_tasks', 'list',
   'All tasks', null, '[{"field": "due_date", "direction": "asc"}]', null, '{"fields": [], "options": {}}',
   true, false, '11111111-1111-4111-8111-111111111111', 'a0'),
  ('0f000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 'project_tasks', 'board',
   'Task board', null, '[]', '{"field": "status", "collapsed": []}', '{"fields": [], "options": {}}',
   true, false, '11111111-1111-4111-8111-111111111111', 'a1'),
  ('0f000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', 'events', 'calendar',
   'Production calendar',
   '{"kind": "group", "id": "f", "conjunction": "and", "children": [
      {"kind": "condition", "id": "f.0", "field": "status", "operator": "neq", "value": "cancelled"}]}',
   '[{"field": "starts_at", "direction": "asc"}]', null, '{"fields": [], "options": {}}',
   true, false, '22222222-2222-4222-8222-222222222222', 'a0'),
  -- locked by the admin: members can use it but not change it
  ('0f000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000001', 'productions', 'timeline',
   'Season timeline',
   '{"kind": "group", "id": "f", "conjunction": "and", "children": [
      {"kind": "condition", "id": "f.0", "field": "status", "operator": "none_of", "value": ["cancelled"]}]}',
   '[{"field": "start_date", "direction": "asc"}]', null, '{"fields": [], "options": {}}',
   true, true, '11111111-1111-4111-8111-111111111111', 'a0'),
  -- personal: only Bob sees it; "me" is whoever is signed in
  ('0f000000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000000001', 'project_tasks', 'list',
   'My task list',
   '{"kind": "group", "id": "f", "conjunction": "and", "children": [
      {"kind": "condition", "id": "f.0", "field": "assignee_id", "operator": "eq", "value": "me"},
      {"kind": "condition", "id": "f.1", "field": "status", "operator": "neq", "value": "done"}]}',
   '[{"field": "due_date", "direction": "asc"}, {"field": "priority", "direction": "desc"}]', null,
   '{"fields": [], "options": {}}', false, false, '22222222-2222-4222-8222-222222222222', 'a2'),
  ('0f000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', 'project_tasks', 'list',
   'All tasks', null, '[]', null, '{"fields": [], "options": {}}', true, false, '44444444-4444-4444-8444-444444444444', 'a0'),
  ('0f000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', 'events', 'calendar',
   'Tour calendar', null, '[]', null, '{"fields": [], "options": {}}', true, false, '44444444-4444-4444-8444-444444444444', 'a1');

-- ---------------------------------------------------------------------------------------------------------------
-- Comments, reactions, activities, notifications, preferences, presence. The history is written out (the live
-- triggers are asleep, see the top), in the shapes the triggers write: mentions are `@[Name](<user id>)` tokens,
-- activity changes {"<column>": {"old", "new"}}, notification kinds mention | assignment | comment | status_change.
-- ---------------------------------------------------------------------------------------------------------------

insert into public.comments (id, workspace_id, entity_type, entity_id, user_id, content, parent_comment_id, created_at, updated_at)
values
  ('c1000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'project_tasks',
   'd0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111',
   '@[Bob Okafor](22222222-2222-4222-8222-222222222222) lighting plot v3 is in the shared drive; please check the FOH positions before Thursday.', null,
   now() - interval '2 days', now() - interval '2 days'),
  ('c1000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', 'project_tasks',
   'd0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222',
   'Checked. The FOH truss needs two more Source Fours for the apron specials.', 'c1000000-0000-4000-8000-000000000001',
   now() - interval '1 day', now() - interval '1 day'),
  ('c1000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', 'productions',
   'c0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111',
   '@[Bob Okafor](22222222-2222-4222-8222-222222222222) budget review moved to Thursday 10:00 in the production office.', null,
   now() - interval '5 hours', now() - interval '5 hours'),
  ('c1000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000001', 'events',
   'e0000000-0000-4000-8000-000000000005', '22222222-2222-4222-8222-222222222222',
   'Crew call for the load-in is 07:30, not 08:00. Hi-vis and steel toecaps, please.', null,
   now() - interval '3 hours', now() - interval '3 hours'),
  ('c1000000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000000001', 'project_tasks',
   'd0000000-0000-4000-8000-000000000007', '22222222-2222-4222-8222-222222222222',
   '@[Alice Moreau](11111111-1111-4111-8111-111111111111) the sound check plan is drafted. Can we walk through it after the production meeting?', null,
   now() - interval '2 hours', now() - interval '2 hours'),
  ('c1000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', 'project_tasks',
   'd0000000-0000-4000-8000-000000000901', '44444444-4444-4444-8444-444444444444',
   'Venue wants the rigging plot by Friday.', null, now() - interval '1 day', now() - interval '1 day'),
  ('c1000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', 'productions',
   'c0000000-0000-4000-8000-000000000902', '44444444-4444-4444-8444-444444444444',
   'Projection content due from the studio next week.', null, now() - interval '4 hours', now() - interval '4 hours');

insert into public.comment_reactions (comment_id, workspace_id, user_id, emoji, created_at) values
  ('c1000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222', '👍', now() - interval '1 day'),
  ('c1000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222', '👀', now() - interval '4 hours'),
  ('c1000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', '🙏', now() - interval '2 hours'),
  ('c1000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444', '👍', now() - interval '20 hours');

-- Titles are read from the records, so the feed names them as the app does.
insert into public.activities (id, workspace_id, user_id, action, entity_type, entity_id, changes, metadata, created_at)
select
  a.id::uuid, a.workspace_id::uuid, a.user_id::uuid, a.action, a.entity_type, a.entity_id::uuid, a.changes::jsonb,
  jsonb_build_object('title', coalesce(p.name, t.title, e.title)) || a.extra::jsonb,
  now() - a.ago::interval
from (values
  ('ac000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111',
   'created', 'productions', 'c0000000-0000-4000-8000-000000000003', null, '{}', '3 days'),
  ('ac000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111',
   'assigned', 'project_tasks', 'd0000000-0000-4000-8000-000000000007',
   '{"assignee_id": {"old": null, "new": "22222222-2222-4222-8222-222222222222"}}', '{}', '2 days'),
  ('ac000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111',
   'commented', 'project_tasks', 'd0000000-0000-4000-8000-000000000001', null,
   '{"comment_id": "c1000000-0000-4000-8000-000000000001", "excerpt": "@Bob Okafor lighting plot v3 is in the shared drive; please check the FOH positions before Thursday."}',
   '2 days'),
  ('ac000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222',
   'updated', 'project_tasks', 'd0000000-0000-4000-8000-000000000004',
   '{"status": {"old": "todo", "new": "in_progress"}}', '{}', '1 day'),
  ('ac000000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222',
   'commented', 'project_tasks', 'd0000000-0000-4000-8000-000000000001', null,
   '{"comment_id": "c1000000-0000-4000-8000-000000000002", "excerpt": "Checked. The FOH truss needs two more Source Fours for the apron specials."}',
   '1 day'),
  ('ac000000-0000-4000-8000-000000000006', 'b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111',
   'updated', 'events', 'e0000000-0000-4000-8000-000000000003',
   '{"status": {"old": "tentative", "new": "confirmed"}}', '{}', '6 hours'),
  ('ac000000-0000-4000-8000-000000000007', 'b0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111',
   'commented', 'productions', 'c0000000-0000-4000-8000-000000000001', null,
   '{"comment_id": "c1000000-0000-4000-8000-000000000003", "excerpt": "@Bob Okafor budget review moved to Thursday 10:00 in the production office."}',
   '5 hours'),
  ('ac000000-0000-4000-8000-000000000008', 'b0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222',
   'commented', 'events', 'e0000000-0000-4000-8000-000000000005', null,
   '{"comment_id": "c1000000-0000-4000-8000-000000000004", "excerpt": "Crew call for the load-in is 07:30, not 08:00. Hi-vis and steel toecaps, please."}',
   '3 hours'),
  ('ac000000-0000-4000-8000-000000000009', 'b0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222',
   'commented', 'project_tasks', 'd0000000-0000-4000-8000-000000000007', null,
   '{"comment_id": "c1000000-0000-4000-8000-000000000005", "excerpt": "@Alice Moreau the sound check plan is drafted. Can we walk through it after the production meeting?"}',
   '2 hours'),
  ('ac000000-0000-4000-8000-000000000901', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'created', 'productions', 'c0000000-0000-4000-8000-000000000903', null, '{}', '2 days'),
  ('ac000000-0000-4000-8000-000000000902', 'b0000000-0000-4000-8000-000000000002', '44444444-4444-4444-8444-444444444444',
   'commented', 'project_tasks', 'd0000000-0000-4000-8000-000000000901', null,
   '{"comment_id": "c1000000-0000-4000-8000-000000000901", "excerpt": "Venue wants the rigging plot by Friday."}', '1 day')
) as a (id, workspace_id, user_id, action, entity_type, entity_id, changes, extra, ago)
left join public.productions p on a.entity_type = 'productions' and p.id = a.entity_id::uuid
left join public.project_tasks t on a.entity_type = 'project_tasks' and t.id = a.entity_id::uuid
left join public.events e on a.entity_type = 'events' and e.id = a.entity_id::uuid;

-- action_url stays null: the app links a notification from its workspace, entity_type and entity_id.
insert into public.notifications (
  id, user_id, workspace_id, type, title, message, entity_type, entity_id, actor_id, read_at, created_at
)
select
  n.id::uuid, n.user_id::uuid, n.workspace_id::uuid, n.type,
  format(n.title, coalesce(p.name, t.title, e.title)), n.message, n.entity_type, n.entity_id::uuid, n.actor_id::uuid,
  now() - n.read_ago::interval, now() - n.ago::interval
from (values
  ('0a000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000001',
   'comment', 'Bob Okafor commented on ''%s''', 'Checked. The FOH truss needs two more Source Fours for the apron specials.',
   'project_tasks', 'd0000000-0000-4000-8000-000000000001', '22222222-2222-4222-8222-222222222222', null, '1 day'),
  ('0a000000-0000-4000-8000-000000000002', '22222222-2222-4222-8222-222222222222', 'b0000000-0000-4000-8000-000000000001',
   'assignment', 'Alice Moreau assigned you ''%s''', null,
   'project_tasks', 'd0000000-0000-4000-8000-000000000007', '11111111-1111-4111-8111-111111111111', '20 hours', '2 days'),
  ('0a000000-0000-4000-8000-000000000003', '22222222-2222-4222-8222-222222222222', 'b0000000-0000-4000-8000-000000000001',
   'mention', 'Alice Moreau mentioned you on ''%s''', '@Bob Okafor lighting plot v3 is in the shared drive; please check the FOH positions before Thursday.',
   'project_tasks', 'd0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', '1 day', '2 days'),
  ('0a000000-0000-4000-8000-000000000004', '22222222-2222-4222-8222-222222222222', 'b0000000-0000-4000-8000-000000000001',
   'mention', 'Alice Moreau mentioned you on ''%s''', '@Bob Okafor budget review moved to Thursday 10:00 in the production office.',
   'productions', 'c0000000-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', null, '5 hours'),
  ('0a000000-0000-4000-8000-000000000005', '33333333-3333-4333-8333-333333333333', 'b0000000-0000-4000-8000-000000000001',
   'status_change', 'Alice Moreau changed ''%s'' to confirmed', 'tentative → confirmed',
   'events', 'e0000000-0000-4000-8000-000000000003', '11111111-1111-4111-8111-111111111111', null, '6 hours'),
  ('0a000000-0000-4000-8000-000000000006', '11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000001',
   'mention', 'Bob Okafor mentioned you on ''%s''', '@Alice Moreau the sound check plan is drafted. Can we walk through it after the production meeting?',
   'project_tasks', 'd0000000-0000-4000-8000-000000000007', '22222222-2222-4222-8222-222222222222', null, '2 hours'),
  ('0a000000-0000-4000-8000-000000000901', '44444444-4444-4444-8444-444444444444', 'b0000000-0000-4000-8000-000000000002',
   'status_change', 'Someone changed ''%s'' to in progress', 'todo → in progress',
   'project_tasks', 'd0000000-0000-4000-8000-000000000901', null, null, '2 hours')
) as n (id, user_id, workspace_id, type, title, message, entity_type, entity_id, actor_id, read_ago, ago)
left join public.productions p on n.entity_type = 'productions' and p.id = n.entity_id::uuid
left join public.project_tasks t on n.entity_type = 'project_tasks' and t.id = n.entity_id::uuid
left join public.events e on n.entity_type = 'events' and e.id = n.entity_id::uuid;

-- Carol hears nothing of comments on her records; Mallory mutes mentions.
insert into public.notification_preferences (user_id, type, muted) values
  ('33333333-3333-4333-8333-333333333333', 'comment', true),
  ('44444444-4444-4444-8444-444444444444', 'mention', true);

insert into public.user_presence (user_id, workspace_id, location, status, last_seen) values
  ('11111111-1111-4111-8111-111111111111', 'b0000000-0000-4000-8000-000000000001', 'project_tasks', 'offline', now() - interval '2 hours'),
  ('22222222-2222-4222-8222-222222222222', 'b0000000-0000-4000-8000-000000000001', 'events', 'offline', now() - interval '1 day'),
  ('33333333-3333-4333-8333-333333333333', 'b0000000-0000-4000-8000-000000000001', 'productions', 'offline', now() - interval '3 days'),
  ('44444444-4444-4444-8444-444444444444', 'b0000000-0000-4000-8000-000000000002', 'project_tasks', 'offline', now() - interval '5 hours');

-- The live triggers wake up (see the top of this file).
do $$
declare
  v_trigger record;
begin
  for v_trigger in
    select t.tgrelid::regclass as rel, t.tgname
    from pg_catalog.pg_trigger t join pg_catalog.pg_class c on c.oid = t.tgrelid
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and t.tgname in ('module_activity', 'module_notify', 'module_broadcast', 'comment_activity',
      'comment_broadcast', 'reaction_broadcast', 'activity_broadcast', 'notification_broadcast')
  loop
    execute format('alter table %s enable trigger %I', v_trigger.rel, v_trigger.tgname);
  end loop;
end
$$;
