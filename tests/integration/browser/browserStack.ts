import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import type { Backend } from '../../../server/startBackend.ts'
import { DEMO_PASSWORD, emails, startTestBackend, type DemoUser } from '../../support/testBackend.ts'
import { buildAndServeApp, launchChromium } from './browserHarness.ts'

/** What every browser test runs on: the embedded backend, the production bundle pointed at it, and one Chromium. */
export interface BrowserStack {
  /** Where the app is served. */
  url: string
  browser: Browser
  /** The embedded backend behind the app, for what a test checks or does outside the browser. */
  backend: Backend
  close(): Promise<void>
}

export async function startBrowserStack(): Promise<BrowserStack> {
  const backend = await startTestBackend()
  const app = await buildAndServeApp(backend)
  const browser = await launchChromium()
  return {
    url: app.url,
    browser,
    backend,
    async close() {
      await browser.close()
      await app.close()
      await backend.close()
    },
  }
}

/**
 * A page signed in as `user` through the sign-in form, starting at `path`. Each page has its own browser context
 * (cookies, storage), so several people can be signed in at once; uncaught page errors are logged under the user.
 */
export async function signedInPage(stack: BrowserStack, user: DemoUser, path: string, init?: { script: string }): Promise<Page> {
  const options: BrowserContextOptions = { viewport: { width: 1600, height: 1000 } }
  const context = await stack.browser.newContext(options)
  if (init) await context.addInitScript(init.script)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`[browser ${user}]`, error))
  await page.goto(`${stack.url}${path}`)
  await page.getByLabel('Email').fill(emails[user])
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  return page
}
