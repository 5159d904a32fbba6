import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { FieldDefinition } from './FieldDefinition'
import { checkboxFieldType } from './checkbox/checkboxFieldType'
import { durationFieldType } from './duration/durationFieldType'
import { multiSelectFieldType } from './multi_select/multiSelectFieldType'
import { personFieldType } from './person/personFieldType'
import { WorkspaceMembersProvider } from './person/WorkspaceMembersProvider'
import { ratingFieldType } from './rating/ratingFieldType'
import { singleSelectFieldType } from './single_select/singleSelectFieldType'
import { numberFieldType } from './number/numberFieldType'

const field = <C,>(type: { id: string; defaultConfig: C }, config?: C, label = 'Probe'): FieldDefinition<C> => ({
  key: 'probe',
  label,
  type: type.id,
  config: config ?? type.defaultConfig,
  source: 'custom',
  required: false,
  readOnly: false,
})

const statusConfig = {
  options: [
    { value: 'todo', label: 'To do', color: 'gray' },
    { value: 'done', label: 'Done', color: 'green' },
  ],
}

describe('editors', () => {
  it('a text-like editor commits the parsed value on Enter', async () => {
    const onCommit = vi.fn()
    const user = userEvent.setup()
    render(<durationFieldType.Editor value={null} field={field(durationFieldType)} onCommit={onCommit} onCancel={vi.fn()} />)
    await user.type(screen.getByRole('textbox', { name: 'Probe' }), '1h 30m{Enter}')
    expect(onCommit).toHaveBeenCalledWith(90)
  })

  it('Escape cancels without committing', async () => {
    const onCommit = vi.fn()
    const onCancel = vi.fn()
    const user = userEvent.setup()
    render(<numberFieldType.Editor value={12} field={field(numberFieldType)} onCommit={onCommit} onCancel={onCancel} />)
    await user.type(screen.getByRole('textbox', { name: 'Probe' }), '34{Escape}')
    expect(onCancel).toHaveBeenCalled()
    expect(onCommit).not.toHaveBeenCalled()
  })

  it('an invalid entry stays open with the parser’s message', async () => {
    const onCommit = vi.fn()
    const user = userEvent.setup()
    render(<numberFieldType.Editor value={null} field={field(numberFieldType)} onCommit={onCommit} onCancel={vi.fn()} />)
    await user.type(screen.getByRole('textbox', { name: 'Probe' }), 'twelve{Enter}')
    expect(onCommit).not.toHaveBeenCalled()
    expect(screen.getByRole('alert').textContent).toBe('"twelve" is not a number')
  })

  it('a single select commits the picked option', async () => {
    const onCommit = vi.fn()
    const user = userEvent.setup()
    render(<singleSelectFieldType.Editor value="todo" field={field(singleSelectFieldType, statusConfig)} onCommit={onCommit} onCancel={vi.fn()} />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Probe' }), 'Done')
    expect(onCommit).toHaveBeenCalledWith('done')
  })

  it('a multi select toggles options and commits the set on Enter', async () => {
    const onCommit = vi.fn()
    const user = userEvent.setup()
    render(<multiSelectFieldType.Editor value={['todo']} field={field(multiSelectFieldType, statusConfig)} onCommit={onCommit} onCancel={vi.fn()} />)
    await user.click(screen.getByRole('checkbox', { name: 'Done' }))
    await user.click(screen.getByRole('checkbox', { name: 'To do' }))
    await user.keyboard('{Enter}')
    expect(onCommit).toHaveBeenCalledWith(['done'])
  })

  it('a checkbox commits as soon as it is toggled', async () => {
    const onCommit = vi.fn()
    const user = userEvent.setup()
    render(<checkboxFieldType.Editor value={null} field={field(checkboxFieldType)} onCommit={onCommit} onCancel={vi.fn()} />)
    await user.click(screen.getByRole('checkbox', { name: 'Probe' }))
    expect(onCommit).toHaveBeenCalledWith(true)
  })

  it('a rating commits the clicked star', async () => {
    const onCommit = vi.fn()
    const user = userEvent.setup()
    render(<ratingFieldType.Editor value={2} field={field(ratingFieldType)} onCommit={onCommit} onCancel={vi.fn()} />)
    await user.click(screen.getByRole('radio', { name: '4 of 5' }))
    expect(onCommit).toHaveBeenCalledWith(4)
  })
})

describe('cells', () => {
  it('a person shows the member’s name from WorkspaceMembersProvider', () => {
    const bob = '22222222-2222-4222-8222-222222222222'
    render(
      <WorkspaceMembersProvider members={[{ id: bob, name: 'Bob Okafor' }]}>
        <personFieldType.Cell value={bob} field={field(personFieldType)} />
        <personFieldType.Cell value="33333333-3333-4333-8333-333333333333" field={field(personFieldType)} />
      </WorkspaceMembersProvider>,
    )
    expect(screen.getByText('Bob Okafor')).toBeTruthy()
    expect(screen.getByText('Former member')).toBeTruthy()
  })

  it('a select shows its label, and a deleted option what is stored', () => {
    render(
      <>
        <singleSelectFieldType.Cell value="done" field={field(singleSelectFieldType, statusConfig)} />
        <singleSelectFieldType.Cell value="blocked" field={field(singleSelectFieldType, statusConfig)} />
      </>,
    )
    expect(screen.getByText('Done').getAttribute('data-color')).toBe('green')
    expect(screen.getByText('blocked').getAttribute('data-color')).toBe('gray')
  })
})
