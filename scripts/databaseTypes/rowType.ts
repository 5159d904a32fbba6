import { compareNames } from './compareNames.ts'
import type { CatalogColumn, CatalogRelation, DatabaseCatalog } from './databaseCatalog.ts'
import { nullable, pgTypeToTsType } from './pgTypeToTsType.ts'
import { member, objectType, propertyKey, type TypeMember, type TypeNode } from './typeLayout.ts'

/** A relation's columns in the generated file's order (by name, as the Supabase CLI sorts them). */
export function columnsOf(catalog: DatabaseCatalog, relation: CatalogRelation): CatalogColumn[] {
  return catalog.columns
    .filter((c) => c.schema === relation.schema && c.table === relation.name)
    .sort((a, b) => compareNames(a.name, b.name))
}

/** One member per column: `name: T` or `name: T | null`. */
export function rowMembers(catalog: DatabaseCatalog, relation: CatalogRelation): TypeMember[] {
  return columnsOf(catalog, relation).map((c) =>
    member(propertyKey(c.name), nullable(pgTypeToTsType(catalog, relation.schema, c.type), c.isNullable)),
  )
}

/** What a select of the whole row returns (also what a function returning the relation's row type returns). */
export function rowType(catalog: DatabaseCatalog, relation: CatalogRelation): TypeNode {
  return objectType(rowMembers(catalog, relation), true)
}
