import { useState, type FormEvent } from 'react'
import type { ModuleDefinition } from '../../../modules/ModuleDefinition'
import { Button } from '../../../ui/Button'
import { Popover } from '../../../ui/Popover'
import { TextField } from '../../../ui/TextField'
import { rendererEntry } from '../registry'
import type { SavedView } from '../savedView'

export interface NewViewMenuProps {
  module: ModuleDefinition
  onCreate(type: SavedView['type'], name: string, shared: boolean): void
}

/** "+ New view": a name, one of the view types the module offers, and whether the team sees it. */
export function NewViewMenu({ module, onCreate }: NewViewMenuProps) {
  const [type, setType] = useState<SavedView['type']>(module.viewTypes[0] ?? 'list')
  const [name, setName] = useState('')
  const [shared, setShared] = useState(true)
  return (
    <Popover label="+ New view" panelLabel="New view" variant="ghost" align="end">
      {(close) => {
        const submit = (event: FormEvent) => {
          event.preventDefault()
          onCreate(type, name.trim() || `${module.label} ${rendererEntry(type).label.toLowerCase()}`, shared)
          setName('')
          close()
        }
        return (
          <form className="view-tabs__form" onSubmit={submit}>
            <TextField label="View name" value={name} placeholder={`${module.label} ${rendererEntry(type).label.toLowerCase()}`} onChange={(event) => setName(event.target.value)} autoFocus />
            <fieldset className="view-tabs__types">
              <legend>Type</legend>
              {module.viewTypes.map((candidate) => (
                <label key={candidate}>
                  <input type="radio" name="view-type" value={candidate} checked={type === candidate} onChange={() => setType(candidate)} />
                  {rendererEntry(candidate).label}
                </label>
              ))}
            </fieldset>
            <label className="view-tabs__check">
              <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} />
              Shared with the workspace
            </label>
            <Button type="submit" variant="primary">
              Create view
            </Button>
          </form>
        )
      }}
    </Popover>
  )
}
