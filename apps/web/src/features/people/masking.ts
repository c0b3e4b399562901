/** True for a value the server masked (the viewer lacks pii.read), which cannot be edited in place. */
export const isMasked = (value: string | null | undefined) => !!value && value.includes('*');
