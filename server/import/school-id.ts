// A school given only by its name (many planning exports have no school code) gets an id made from
// that name, the same on every import, so that the school and its study days (F9) stay one school.
export function schoolIdOf(name: string): string {
  const slug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  return `school-${slug.slice(0, 56) || 'onbekend'}`
}
