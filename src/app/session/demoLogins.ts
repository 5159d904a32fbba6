/** The accounts supabase/seed.sql creates, shown on the sign-in page so a demo needs no set-up. */
export const demoPassword = 'callboard-demo'

export const demoLogins: readonly string[] = [
  'alice@northstar.test',
  'bob@northstar.test',
  'carol@northstar.test',
  'mallory@rival.test',
]
