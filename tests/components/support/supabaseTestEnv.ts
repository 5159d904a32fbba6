// What the component tests feed src/lib/supabase/client.ts through import.meta.env (see ../setup.ts).
// A made-up host: every request to it must be answered by an msw handler, or the test fails.
export const SUPABASE_TEST_URL = 'http://supabase.test'
export const SUPABASE_TEST_KEY = 'sb_publishable_component_tests'
