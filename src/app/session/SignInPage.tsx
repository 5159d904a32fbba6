import { useState, type FormEvent } from 'react'
import { supabase } from '../../lib/supabase/client'
import { Button } from '../../ui/Button'
import { Callout } from '../../ui/Callout'
import { TextField } from '../../ui/TextField'
import { demoLogins, demoPassword } from './demoLogins'
import './SignInPage.css'

/** Email and password sign-in. Success needs no handling here: the session store flips and the app replaces this page. */
export function SignInPage() {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const { error: signInError } = await supabase.auth.signInWithPassword({ email: email.trim(), password })
    if (signInError) {
      setError(signInError.message)
      setBusy(false)
    }
  }

  function fillDemoLogin(demoEmail: string) {
    setEmail(demoEmail)
    setPassword(demoPassword)
    setError(null)
  }

  return (
    <main className="sign-in">
      <div className="sign-in__card">
        <div>
          <p className="sign-in__brand">Callboard</p>
          <h1 id="sign-in-title">Sign in</h1>
        </div>

        <form className="sign-in__form" aria-labelledby="sign-in-title" aria-busy={busy} onSubmit={handleSubmit}>
          <TextField
            label="Email"
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <TextField
            label="Password"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          {error && (
            <Callout tone="danger" title="Could not sign in">
              {error}
            </Callout>
          )}
          <Button type="submit" variant="primary" busy={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>

        <section className="sign-in__demo" aria-labelledby="demo-logins-title">
          <h2 id="demo-logins-title">Demo logins</h2>
          <ul>
            {demoLogins.map((demoEmail) => (
              <li key={demoEmail}>
                <button type="button" onClick={() => fillDemoLogin(demoEmail)} aria-label={`Fill in ${demoEmail}`}>
                  {demoEmail}
                </button>
              </li>
            ))}
          </ul>
          <p className="ui-muted">
            Password for all: <code>{demoPassword}</code>
          </p>
        </section>
      </div>
    </main>
  )
}
