import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarkdownLight } from './MarkdownLight'

describe('MarkdownLight', () => {
  it('renders elements, never markup from the comment', () => {
    const { container } = render(<MarkdownLight content={'**hi** <b>x</b> [site](https://example.com)\nnext'} />)
    expect(container.querySelector('strong')?.textContent).toBe('hi')
    expect(container.querySelector('b')).toBeNull()
    expect(container.textContent).toContain('<b>x</b>')
    const link = container.querySelector('a')!
    expect(link.getAttribute('href')).toBe('https://example.com/')
    expect(link.getAttribute('rel')).toContain('noopener')
    expect(container.querySelectorAll('br')).toHaveLength(1)
  })

  it('shows mentions through the given renderer', () => {
    const { getByText } = render(
      <MarkdownLight content="ping @[Bob](11111111-2222-4333-8444-555555555555)" renderMention={(m) => <mark>{`@${m.name}!`}</mark>} />,
    )
    expect(getByText('@Bob!').tagName).toBe('MARK')
  })
})
