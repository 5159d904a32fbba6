import { moduleRegistry } from '../../modules/registry'

/** The module a workspace opens on when the URL names none (or one that does not exist): the first in navigation. */
export const defaultModuleKey: string = moduleRegistry[0]?.key ?? 'productions'
