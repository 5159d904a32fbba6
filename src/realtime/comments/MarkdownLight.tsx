import { Fragment, type ReactNode } from 'react'
import { parseMarkdownLight, type InlineNode } from './markdownLight'

export interface MarkdownLightProps {
  content: string
  /** How a mention shows (a chip with the member's current name); by default "@Name" as written. */
  renderMention?(mention: { name: string; userId: string }): ReactNode
}

/** A comment's text as React elements: bold, italic, code, http(s) links, mentions, line breaks. Never raw HTML. */
export function MarkdownLight({ content, renderMention }: MarkdownLightProps) {
  return <>{renderNodes(parseMarkdownLight(content), renderMention)}</>
}

function renderNodes(nodes: InlineNode[], renderMention: MarkdownLightProps['renderMention']): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.kind) {
      case 'text':
        return <Fragment key={index}>{node.text}</Fragment>
      case 'break':
        return <br key={index} />
      case 'code':
        return <code key={index}>{node.text}</code>
      case 'strong':
        return <strong key={index}>{renderNodes(node.children, renderMention)}</strong>
      case 'em':
        return <em key={index}>{renderNodes(node.children, renderMention)}</em>
      case 'link':
        return (
          <a key={index} href={node.href} target="_blank" rel="noopener noreferrer nofollow">
            {renderNodes(node.children, renderMention)}
          </a>
        )
      case 'mention':
        return <Fragment key={index}>{renderMention ? renderMention(node) : `@${node.name}`}</Fragment>
    }
  })
}
