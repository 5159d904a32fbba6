/** The colour families a primitive can take; domain code maps its values (a status, a priority) onto these. */
export type Tone = 'neutral' | 'accent' | 'info' | 'success' | 'warning' | 'danger'
