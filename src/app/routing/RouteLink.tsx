import type { ComponentPropsWithRef, MouseEvent } from 'react'
import { isPlainLeftClick } from '../../lib/isPlainLeftClick'
import { navigate } from './navigate'

export interface RouteLinkProps extends ComponentPropsWithRef<'a'> {
  href: string
}

/**
 * A real link (so middle-click, copy link and open-in-new-tab work) that navigates in place on a plain
 * left click.
 */
export function RouteLink({ href, onClick, ...rest }: RouteLinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event)
    if (event.defaultPrevented || !isPlainLeftClick(event)) return
    if (rest.target && rest.target !== '_self') return
    event.preventDefault()
    navigate(href)
  }

  return <a href={href} onClick={handleClick} {...rest} />
}
