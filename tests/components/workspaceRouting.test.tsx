import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, signIn } from './support/renderApp'

const viewPath = (workspaceId: string, moduleKey: string) => new RegExp(`^/w/${workspaceId}/${moduleKey}/[0-9a-f-]{36}$`)

describe('workspace routing', () => {
  it('when the page is loaded on a workspace URL, signing in opens that workspace on the module’s first view', async () => {
    const { user, summer } = renderApp((demo) => `/w/${demo.summer.id}/productions`)

    await signIn(user, 'alice@northstar.test')

    expect(await screen.findByRole('heading', { name: 'No productions match this view' })).toBeTruthy()
    expect(screen.getByText('Summer Season', { selector: '.ui-page-header__eyebrow' })).toBeTruthy()
    expect(window.location.pathname).toMatch(viewPath(summer.id, 'productions'))
  })

  it('when the URL names a workspace the user cannot see, the picker explains why it opened instead', async () => {
    const { user } = renderApp((demo) => `/w/${demo.arena.id}/productions`)

    await signIn(user, 'alice@northstar.test')

    expect(await screen.findByRole('heading', { name: 'Choose a workspace' })).toBeTruthy()
    expect(screen.getByText(/does not exist or you are not a member/)).toBeTruthy()
    expect(window.location.pathname).toBe('/')
  })

  it('when the URL names a module that does not exist, the workspace opens on productions', async () => {
    const { user, mainStage } = renderApp((demo) => `/w/${demo.mainStage.id}/nonsense`)

    await signIn(user, 'alice@northstar.test')

    expect(await screen.findByRole('grid', { name: 'All productions' })).toBeTruthy()
    expect(window.location.pathname).toMatch(viewPath(mainStage.id, 'productions'))
  })

  it('every registered module opens through its views: tasks open on their first saved view', async () => {
    const { user, mainStage, taskViews } = renderApp((demo) => `/w/${demo.mainStage.id}/tasks`)

    await signIn(user, 'alice@northstar.test')

    expect(await screen.findByRole('grid', { name: 'All tasks' })).toBeTruthy()
    expect(window.location.pathname).toBe(`/w/${mainStage.id}/tasks/${String(taskViews.list.id)}`)
  })

  it('the workspace opened last is opened again at the next sign-in, and "Switch workspace" still shows the picker', async () => {
    const { user, studio } = renderApp()
    await signIn(user, 'alice@northstar.test')
    await user.click(await screen.findByRole('link', { name: /Studio/ }))
    await screen.findByRole('heading', { name: 'No productions match this view' })
    await user.click(screen.getByRole('button', { name: 'Sign out' }))

    await signIn(user, 'alice@northstar.test')

    expect(await screen.findByRole('heading', { name: 'No productions match this view' })).toBeTruthy()
    expect(window.location.pathname).toMatch(viewPath(studio.id, 'productions'))

    await user.click(screen.getByRole('link', { name: 'Switch workspace' }))
    expect(await screen.findByRole('heading', { name: 'Choose a workspace' })).toBeTruthy()
    expect(screen.getByRole('link', { name: /Studio/ }).textContent).toContain('Last opened')
  })

  it('when the user has a single workspace, signing in opens it directly', async () => {
    const { user, arena } = renderApp()

    await signIn(user, 'mallory@rival.test')

    expect(await screen.findByRole('heading', { name: 'Productions' })).toBeTruthy()
    expect(await screen.findByRole('rowheader', { name: /Rival Macbeth/ })).toBeTruthy()
    expect(window.location.pathname).toMatch(viewPath(arena.id, 'productions'))
  })

  it('the browser back button returns from a workspace to the picker', async () => {
    const { user } = renderApp()
    await signIn(user, 'alice@northstar.test')
    await user.click(await screen.findByRole('link', { name: /Main Stage/ }))
    await screen.findByRole('grid', { name: 'All productions' })

    window.history.back()

    expect(await screen.findByRole('heading', { name: 'Choose a workspace' })).toBeTruthy()
  })
})
