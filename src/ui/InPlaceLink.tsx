import type { ComponentPropsWithRef, MouseEvent } from 'react'
import { isPlainLeftClick } from '../lib/isPlainLeftClick'

export interface InPlaceLinkProps extends ComponentPropsWithRef<'a'> {
  href: string
  navigate(href: string): void
}

/**
 * A real link (copy, open in a new tab) that a plain left click follows in place through `navigate`, for the parts
 * of the app that are handed a navigate function rather than importing the router (as the app's RouteLink does).
 */
export function InPlaceLink({ href, navigate, onClick, ...rest }: InPlaceLinkProps) {
  function follow(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event)
    if (event.defaultPrevented || !isPlainLeftClick(event)) return
    event.preventDefault()
    navigate(href)
  }
  return <a href={href} onClick={follow} {...rest} />
}
