import type { ComponentType } from 'react'
import { productionsModule } from '../../modules/productionsModule'
import { ProductionsPage } from '../productions/ProductionsPage'
import type { ModulePageProps } from './ModulePageProps'

/**
 * The page of each module that can be opened today; a registered module without an entry shows as
 * "coming soon". The generic view engine replaces this map: then every module opens through ViewHost.
 */
export const modulePages: Readonly<Partial<Record<string, ComponentType<ModulePageProps>>>> = {
  [productionsModule.key]: ProductionsPage,
}

/** The module a workspace opens on when the URL names none (or one that cannot be opened). */
export const defaultModuleKey = productionsModule.key
