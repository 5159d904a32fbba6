import type { FieldDefinition } from '../../../custom-fields/FieldDefinition'
import type { FilterContext } from '../../../custom-fields/FieldType'
import { getFieldType } from '../../../custom-fields/registry'
import { Button } from '../../../ui/Button'
import type { FilterGroup } from '../../query/filterTree'
import { addNode, emptyFilter, newCondition, newGroup, normalizeFilter, removeNode, updateNode } from '../filterEditing'
import { FilterConditionRow } from './FilterConditionRow'

export interface FilterBuilderProps {
  filter: FilterGroup | null
  fields: readonly FieldDefinition[]
  context: FilterContext
  disabled: boolean
  onChange(filter: FilterGroup | null): void
}

/** Nested AND/OR groups of conditions, each condition a field, one of its type's operators and an operand. */
export function FilterBuilder({ filter, fields, context, disabled, onChange }: FilterBuilderProps) {
  const tree = filter ?? emptyFilter()
  const filterable = fields.filter((field) => (getFieldType(field.type)?.operators.length ?? 0) > 0)
  const change = (next: FilterGroup) => onChange(normalizeFilter(next))
  return <GroupEditor group={tree} tree={tree} depth={0} fields={filterable} context={context} disabled={disabled} onTreeChange={change} />
}

interface GroupEditorProps {
  group: FilterGroup
  tree: FilterGroup
  depth: number
  fields: readonly FieldDefinition[]
  context: FilterContext
  disabled: boolean
  onTreeChange(tree: FilterGroup): void
}

function GroupEditor({ group, tree, depth, fields, context, disabled, onTreeChange }: GroupEditorProps) {
  const first = fields[0]
  const addCondition = () => {
    if (!first) return
    const operator = getFieldType(first.type)?.operators[0]?.id ?? 'eq'
    onTreeChange(addNode(tree, group.id, newCondition(first.key, operator)))
  }
  return (
    <div className="view-toolbar__group" role="group" aria-label={depth === 0 ? 'Filter conditions' : 'Condition group'}>
      {group.children.length > 1 && (
        <label className="view-toolbar__conjunction">
          <span className="ui-visually-hidden">Match</span>
          <select
            value={group.conjunction}
            disabled={disabled}
            aria-label={depth === 0 ? 'Match' : 'Match in group'}
            onChange={(event) => onTreeChange(updateNode(tree, group.id, (node) => ({ ...(node as FilterGroup), conjunction: event.target.value as 'and' | 'or' })))}
          >
            <option value="and">All of these</option>
            <option value="or">Any of these</option>
          </select>
        </label>
      )}
      {group.children.length === 0 && <p className="ui-muted">No conditions: every record shows.</p>}
      {group.children.map((child) =>
        child.kind === 'group' ? (
          <div key={child.id} className="view-toolbar__subgroup">
            <GroupEditor group={child} tree={tree} depth={depth + 1} fields={fields} context={context} disabled={disabled} onTreeChange={onTreeChange} />
            <Button variant="ghost" disabled={disabled} onClick={() => onTreeChange(removeNode(tree, child.id))}>
              Remove group
            </Button>
          </div>
        ) : (
          <FilterConditionRow
            key={child.id}
            condition={child}
            fields={fields}
            context={context}
            disabled={disabled}
            onChange={(next) => onTreeChange(updateNode(tree, child.id, () => next))}
            onRemove={() => onTreeChange(removeNode(tree, child.id))}
          />
        ),
      )}
      <div className="view-toolbar__actions">
        <Button variant="ghost" disabled={disabled || !first} onClick={addCondition}>
          + Add condition
        </Button>
        {depth < 2 && (
          <Button variant="ghost" disabled={disabled} onClick={() => onTreeChange(addNode(tree, group.id, newGroup(group.conjunction === 'and' ? 'or' : 'and')))}>
            + Add group
          </Button>
        )}
      </div>
    </div>
  )
}
