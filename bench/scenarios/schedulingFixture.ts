export const mainStage = 'b0000000-0000-4000-8000-000000000001'
export const people = 200
const callsPerPerson = 125 // 25,000 crew calls
const personBookingsPerPerson = 63 // 12,600 person bookings
const assets = 100
const bookingsPerAsset = 125 // 12,500 asset bookings

/**
 * Bulk fixture without triggers (as a restore would); the exclusion constraints still hold, so no resource is
 * double booked: each person has one call a day, 09:00-17:00, and a pencilled booking 18:00-20:00 every other day.
 * The weekly hours summary is rebuilt at the end, as a bulk load without triggers must.
 * The same fixture for the PGlite (through REST) and PostgreSQL 15 (direct) scenarios.
 */
export const schedulingFixtureSql = `
        set session_replication_role = replica;
        insert into public.personnel (id, workspace_id, full_name, employment_type)
        select ('bbbb0000-0000-4000-8000-' || lpad(p::text, 12, '0'))::uuid, '${mainStage}', 'Bench Person ' || p, 'crew'
        from generate_series(1, ${people}) p;
        insert into public.assets (id, workspace_id, name, asset_tag, category, status)
        select ('bbbb1000-0000-4000-8000-' || lpad(a::text, 12, '0'))::uuid, '${mainStage}', 'Bench asset ' || a, 'BENCH-' || a, 'lighting', 'available'
        from generate_series(1, ${assets}) a;
        insert into public.personnel_assignments (workspace_id, person_id, production_id, role, call_at, wrap_at, status)
        select '${mainStage}', ('bbbb0000-0000-4000-8000-' || lpad(p::text, 12, '0'))::uuid, 'c0000000-0000-4000-8000-000000000001',
               'Bench call', (current_date - 30 + d + time '09:00')::timestamptz, (current_date - 30 + d + time '17:00')::timestamptz,
               case when d % 5 = 0 then 'tentative' else 'confirmed' end
        from generate_series(1, ${people}) p, generate_series(0, ${callsPerPerson - 1}) d;
        insert into public.bookings (workspace_id, title, person_id, starts_at, ends_at, status)
        select '${mainStage}', 'Bench evening', ('bbbb0000-0000-4000-8000-' || lpad(p::text, 12, '0'))::uuid,
               (current_date - 30 + 2 * d + time '18:00')::timestamptz, (current_date - 30 + 2 * d + time '20:00')::timestamptz, 'tentative'
        from generate_series(1, ${people}) p, generate_series(0, ${personBookingsPerPerson - 1}) d;
        insert into public.bookings (workspace_id, title, asset_id, starts_at, ends_at, status)
        select '${mainStage}', 'Bench hire', ('bbbb1000-0000-4000-8000-' || lpad(a::text, 12, '0'))::uuid,
               (current_date - 30 + d + time '10:00')::timestamptz, (current_date - 30 + d + time '12:00')::timestamptz, 'confirmed'
        from generate_series(1, ${assets}) a, generate_series(0, ${bookingsPerAsset - 1}) d;
        set session_replication_role = origin;
        -- Loaded without triggers, so get_user_workload's weekly summary is rebuilt as after a restore.
        select private.rebuild_work_weeks('${mainStage}');
        analyze private.work_weeks;
        analyze public.personnel; analyze public.assets; analyze public.personnel_assignments; analyze public.bookings;`
